"""Energy Audit Workbench — quick-scan energy audits of industrial sites."""

__version__ = "0.1.0"
APP_NAME = "Energy Audit Workbench"
