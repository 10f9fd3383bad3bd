"""Renders deploy/kubernetes as ``kubectl kustomize`` does, for the few Kustomize features used there.

Why in Python: no package on PyPI or npm ships kustomize or kubectl, so ``make test`` cannot count
on either. Supported are ``resources`` (files, or directories holding a kustomization.yaml),
``images`` (``newName``, ``newTag``, ``digest``) and ``patches`` given by ``path`` whose target is
the patch's own kind and name, merged as a strategic merge patch merges maps. Kustomize merges
lists by key (containers by name): a patch holding a list is refused, as is any other field of a
kustomization, so an overlay needing more fails here instead of rendering something kustomize
would not. Where kubectl is installed, tests/test_deploy.py checks both render the same objects.

    python -m tests.manifests deploy/kubernetes/overlays/production    # what make manifests prints
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

SUPPORTED = {"apiVersion", "kind", "resources", "images", "patches"}
Object = dict[str, Any]


def load_documents(path: Path) -> list[Object]:
    """The YAML documents of one file, empty ones (a trailing ``---``) left out."""
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def render(directory: Path) -> list[Object]:
    """The objects a kustomization directory stands for, in resource order."""
    kustomization = yaml.safe_load((directory / "kustomization.yaml").read_text(encoding="utf-8"))
    unsupported = set(kustomization) - SUPPORTED
    if unsupported:
        raise ValueError(f"{directory}/kustomization.yaml: not supported here: {sorted(unsupported)}")
    objects: list[Object] = []
    for resource in kustomization.get("resources", []):
        path = directory / resource
        objects += render(path) if path.is_dir() else load_documents(path)
    for patch_entry in kustomization.get("patches", []):
        for patch in load_documents(directory / patch_entry["path"]):
            _apply_patch(objects, patch)
    for image in kustomization.get("images", []):
        for obj in objects:
            _set_image(obj, image)
    return objects


def _apply_patch(objects: list[Object], patch: Object) -> None:
    target = [o for o in objects if o["kind"] == patch["kind"] and _name(o) == _name(patch)]
    if len(target) != 1:
        raise ValueError(f"patch {patch['kind']}/{_name(patch)} matches {len(target)} objects, not one")
    index = objects.index(target[0])
    objects[index] = _merge(target[0], patch)


def _merge(base: Any, patch: Any) -> Any:
    """Maps merge key by key; a scalar replaces; a list is refused (kustomize merges lists by key)."""
    if isinstance(patch, list):
        raise ValueError("lists in patches are not supported here (kustomize merges them by key)")
    if not isinstance(patch, dict):
        return patch
    merged = copy.deepcopy(base) if isinstance(base, dict) else {}
    for key, value in patch.items():
        merged[key] = _merge(merged.get(key), value)
    return merged


def _set_image(node: Any, image: Object, *, in_containers: bool = False) -> None:
    """Kustomize's image transformer: every container whose image is ``image["name"]``."""
    if isinstance(node, list):
        for item in node:
            _set_image(item, image, in_containers=in_containers)
        return
    if not isinstance(node, dict):
        return
    if in_containers and _image_name(node.get("image", "")) == image["name"]:
        reference = image.get("newName", image["name"])
        if "digest" in image:
            reference += f"@{image['digest']}"
        elif "newTag" in image:
            reference += f":{image['newTag']}"
        node["image"] = reference
    for key, value in node.items():
        _set_image(value, image, in_containers=key in ("containers", "initContainers"))


def _image_name(reference: str) -> str:
    """``registry:5000/app:1.2@sha256:...`` -> ``registry:5000/app``."""
    reference = reference.split("@", 1)[0]
    head, _, tail = reference.rpartition(":")
    return head if head and "/" not in tail else reference


def _name(obj: Object) -> str:
    return str(obj["metadata"]["name"])


def main(argv: list[str]) -> None:
    for directory in argv or ["deploy/kubernetes/overlays/production"]:
        print(yaml.safe_dump_all(render(Path(directory)), sort_keys=False), end="")


if __name__ == "__main__":
    main(sys.argv[1:])
