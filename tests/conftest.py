"""Shared test set-up: Qt offscreen (no display needed) and fresh stores per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
