"""E-mail to the platform's users: status changes that concern them and deadline reminders."""
