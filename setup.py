"""Ships the top-level resources/ folder inside the package as kwtsms_desktop.resources."""

from setuptools import find_namespace_packages, find_packages, setup

# resources/ and its data folders (icons, styles, translations) become kwtsms_desktop.resources.*
RESOURCES = ["kwtsms_desktop.resources"] + [
    f"kwtsms_desktop.resources.{name}" for name in find_namespace_packages(where="resources", exclude=["*__pycache__*"])
]

setup(
    packages=find_packages(include=["kwtsms_desktop", "kwtsms_desktop.*"]) + RESOURCES,
    package_dir={"kwtsms_desktop.resources": "resources"},
)
