"""Ships the top-level resources/ folder inside the package as kwtsms_desktop.resources."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["kwtsms_desktop", "kwtsms_desktop.*"]) + ["kwtsms_desktop.resources"],
    package_dir={"kwtsms_desktop.resources": "resources"},
)
