from __future__ import annotations

from PySide6.QtCore import QByteArray

from workbench.ui.settings import MAX_RECENT, Settings


def test_settings_round_trip(tmp_path, qapp):
    path = tmp_path / "settings.ini"
    settings = Settings.at(path)
    assert settings.language is None and settings.theme == "system" and settings.recent_files == []
    settings.language = "fr"
    settings.theme = "dark"
    for i in range(MAX_RECENT + 3):
        settings.add_recent_file(tmp_path / f"w{i}.eaw")
    settings.add_recent_file(tmp_path / "w5.eaw")
    settings.set_bytes_state("geometry", QByteArray(b"\x01\x02"))
    settings.sync()
    again = Settings.at(path)
    assert again.language == "fr" and again.theme == "dark"
    recent = again.recent_files
    assert len(recent) == MAX_RECENT and recent[0].endswith("w5.eaw") and recent[1].endswith("w10.eaw")
    assert bytes(again.bytes_state("geometry")) == b"\x01\x02"
    again.remove_recent_file(recent[0])
    assert len(again.recent_files) == MAX_RECENT - 1


def test_bad_values_in_the_file_fall_back(tmp_path, qapp):
    path = tmp_path / "settings.ini"
    path.write_text("[prefs]\nlanguage=klingon\ntheme=purple\n")
    settings = Settings.at(path)
    assert settings.language is None and settings.theme == "system"


def test_a_recent_files_entry_that_is_not_a_list_falls_back_to_none(tmp_path, qapp):
    # QSettings hands back what the file holds: a number typed by hand there is no list of paths
    path = tmp_path / "settings.ini"
    path.write_text("[state]\nrecent_files=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)\n")
    settings = Settings.at(path)
    assert settings.recent_files == []
    settings.add_recent_file(tmp_path / "w.eaw")  # and the list starts again from the next file opened
    assert settings.recent_files == [str((tmp_path / "w.eaw").resolve())]
