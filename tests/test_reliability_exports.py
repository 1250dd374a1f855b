"""Nothing leaked on the way out or in: export paths, export permissions and audit, hostile archives.

Exports must land inside the folder the researcher chose, readable by them only, and
leave a line in the audit log. A `.qdpx` from elsewhere is untrusted: zip-slip paths,
absolute paths, symbolic links, zip bombs and XML entity attacks are refused as a whole
with one error line, before anything is written.
"""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.cli import main
from workbench.core.errors import InputError, WorkbenchError
from workbench.io.refi.archive import SafeArchive
from workbench.io.refi.qdpx_export import export_qdpx
from workbench.io.refi.qdpx_import import read_qdpx
from workbench.io.export_paths import resolve_export_path

SECRET = "HEMMELIG-PASSORD-42"
LAUGHS = (
    '<!DOCTYPE Project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
)


@pytest.fixture
def cli(tmp_path, monkeypatch, project):
    monkeypatch.setenv("WORKBENCH_CODER", "kari")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    old_umask = os.umask(0o022)
    project.add_coding("P01-nullpunkt", 27, 60, "network", "kari")
    runner = CliRunner()
    yield lambda *args: runner.invoke(main, ["--db", str(project.path), *args])
    os.umask(old_umask)


# --- export file names stay inside the chosen folder -----------------------------------------


@pytest.mark.parametrize("name", ["../rapport.md", "a/../../rapport.md", "..\\rapport.md", "", "  "])
def test_export_names_cannot_leave_the_folder(tmp_path, name):
    with pytest.raises(WorkbenchError):
        resolve_export_path(name, tmp_path / "exports")


def test_a_symlink_inside_the_folder_cannot_lead_out(tmp_path):
    folder, outside = tmp_path / "exports", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()
    (folder / "link").symlink_to(outside, target_is_directory=True)
    with pytest.raises(WorkbenchError, match="outside"):
        resolve_export_path("link/rapport.md", folder)
    assert resolve_export_path("sub/rapport.md", folder) == folder / "sub" / "rapport.md"


@given(st.lists(st.sampled_from(list("ab./\\:~ ") + ["..", "%2e", "\x00"]), max_size=10).map("".join))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_export_name_resolves_inside_the_folder_or_is_refused(tmp_path, name):
    folder = tmp_path / "exports"
    try:
        target = resolve_export_path(name, folder)
    except (WorkbenchError, ValueError):
        return
    if os.path.isabs(os.path.expanduser(name.strip())):  # the user's own absolute or ~ path is honoured
        assert target == Path(os.path.expanduser(name.strip()))
    else:
        assert target.resolve().is_relative_to(folder.resolve())


@pytest.mark.parametrize("command", [["export", "report"], ["export", "codings"]])
def test_export_commands_refuse_escaping_names_in_one_line(cli, tmp_path, command):
    result = cli(*command, "--out", "../../escaped.md" if command[1] == "report" else "../../escaped.csv",
                 "--dir", str(tmp_path / "exports"), "--no-ner")
    assert result.exit_code == 1 and result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert not list(tmp_path.parent.parent.glob("escaped.*"))


def test_exports_are_private_and_audited(cli, project, tmp_path):
    steps = {
        "report": ("export", "report", "--out", "rapport.md", "--dir", "exports", "--no-chart", "--no-ner"),
        "codings": ("export", "codings", "--out", "kodinger.csv", "--dir", "exports", "--no-ner"),
        "qdpx": ("export", "qdpx", "--out", "prosjekt.qdpx", "--dir", str(tmp_path)),
    }
    for name, step in steps.items():
        result = cli(*step)
        assert result.exit_code == 0, f"{name}: {result.output}"
    written = [*(tmp_path / "exports").rglob("*"), tmp_path / "prosjekt.qdpx"]
    assert len(written) >= 3
    for path in written:
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    log = {r["action"]: r for r in project.audit_log() if r["action"].startswith("export.")}
    assert {"export.report", "export.codings", "export.qdpx"} <= set(log)
    assert all(r["coder"] == "kari" and r["at"] for r in log.values())
    for action, file_name in (("export.report", "rapport.md"), ("export.codings", "kodinger.csv")):
        details = json.loads(log[action]["after"])
        assert details["file"].endswith(file_name)
        assert details["pseudonymized"] is True  # pseudonymised unless explicitly told not to


# --- hostile .qdpx archives --------------------------------------------------------------


@pytest.fixture
def good_qdpx(project, tmp_path) -> bytes:
    project.add_coding("P01-nullpunkt", 27, 60, "network", "kari")
    export_qdpx(project, tmp_path / "good.qdpx")
    return (tmp_path / "good.qdpx").read_bytes()


def with_member(original: bytes, name: str, data: bytes, *, symlink: bool = False,
                compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    src = zipfile.ZipFile(io.BytesIO(original))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        extra = zipfile.ZipInfo(name)
        extra.compress_type = compress
        if symlink:
            extra.create_system = 3
            extra.external_attr = (0o120777 << 16)
        dst.writestr(extra, data)
    return out.getvalue()


def replace_qde(original: bytes, transform) -> bytes:
    out = io.BytesIO()
    src = zipfile.ZipFile(io.BytesIO(original))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith(".qde"):
                data = transform(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


def entity_attack(dtd: str, reference: str):
    def transform(xml: str) -> str:
        head, _, rest = xml.partition("?>")
        return head + "?>" + dtd + rest.replace("<Description>", "<Description>" + reference, 1) \
            if "<Description>" in rest else head + "?>" + dtd + rest.replace("</Project>", f"<!-- {reference} --></Project>")
    return transform


def hostile_archives(good: bytes, secret: Path) -> dict[str, tuple[bytes, str]]:
    """Attack name -> (archive bytes, words the refusal must contain)."""
    entities = "declares entities"
    return {
        "zip-slip": (with_member(good, "../../evil.txt", b"owned"), "escapes"),
        "nested-slip": (with_member(good, "sources/../../../evil.txt", b"owned"), "escapes"),
        "absolute": (with_member(good, "/etc/evil.txt", b"owned"), "absolute path"),
        "drive": (with_member(good, "C:/evil.txt", b"owned"), "absolute path"),
        "backslash-slip": (with_member(good, "..\\..\\evil.txt", b"owned"), "escapes"),
        "symlink": (with_member(good, "sources/link.txt", b"/etc/passwd", symlink=True), "symbolic link"),
        "bomb": (with_member(good, "sources/bomb.txt", b"\0" * (8 * 1024 * 1024)), "zip bomb"),
        "billion-laughs": (replace_qde(good, entity_attack(LAUGHS, "&f;")), entities),
        "external-entity": (replace_qde(good, entity_attack(
            f'<!DOCTYPE Project [<!ENTITY x SYSTEM "{secret.as_uri()}">]>', "&x;")), entities),
        "truncated": (good[: len(good) // 2], "not a REFI-QDA project archive"),
        "not-a-zip": (b"PK\x03\x04" + os.urandom(300), "not a REFI-QDA project archive"),
    }


def test_hostile_qdpx_archives_are_refused_before_anything_is_written(project, tmp_path, good_qdpx):
    from workbench.io.transcripts.batch import import_files

    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    before = (len(project.documents()), len(project.codings()), len(project.codes()))
    for name, (data, reason) in hostile_archives(good_qdpx, secret).items():
        path = tmp_path / f"{name}.qdpx"
        path.write_bytes(data)
        with pytest.raises(InputError, match=reason) as info:
            read_qdpx(path, "kari")
        assert "\n" not in str(info.value) and SECRET not in str(info.value), name
        report = import_files(project, [path], coder="kari")
        assert len(report.failed) == 1 and not report.imported, name
    assert (len(project.documents()), len(project.codings()), len(project.codes())) == before
    assert not list(tmp_path.parent.rglob("evil.txt"))


def test_the_good_archive_is_accepted(tmp_path, good_qdpx):
    path = tmp_path / "again.qdpx"
    path.write_bytes(good_qdpx)
    content = read_qdpx(path, "kari")
    assert content.bundle is not None


@given(cut=st.integers(0, 10_000), flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(1, 255)), max_size=6))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_damaged_qdpx_gives_a_bundle_or_one_error_line(tmp_path, good_qdpx, cut, flips):
    data = bytearray(good_qdpx[: max(1, len(good_qdpx) - cut)])
    for where, mask in flips:
        data[where % len(data)] ^= mask
    path = tmp_path / "damaged.qdpx"
    path.write_bytes(bytes(data))
    try:
        read_qdpx(path, "kari")
    except InputError as exc:
        assert "\n" not in str(exc)


def test_safe_archive_reads_nothing_past_its_caps(tmp_path, monkeypatch):
    import workbench.io.refi.archive as archive_module

    path = tmp_path / "lying.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", b"x" * 4096)
    monkeypatch.setattr(archive_module, "MAX_ENTRY_BYTES", 1024)
    with pytest.raises(InputError, match="limit"):
        SafeArchive(path)
