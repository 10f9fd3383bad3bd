"""Common ground of the MIC services: settings, database, errors, auth, events, outbox, inbox."""
