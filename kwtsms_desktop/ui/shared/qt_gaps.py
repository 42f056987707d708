"""Qt's own texts that its Arabic catalogue (qtbase_ar.qm) leaves in English, translated in ours.

Qt looks a text up in every installed translator, so these entries of kwtsms_desktop_ar.ts fill
the gaps of Qt's file dialog without touching Qt's files. The context is Qt's class name.
"""

from __future__ import annotations

from kwtsms_desktop.ui.shared.translation import translatable

QT_GAPS = (
    translatable("QFileDialog", "&Look in:"),
    translatable("QFileDialog", "Files of &type:"),
)
