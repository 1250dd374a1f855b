"""The workbench makes no network connection: every command runs with sockets refused.

Interview data must not leave the machine, and the workbench must work on a laptop
with no network at all. Connections to anything but a local (Unix) socket and every
name lookup are refused and recorded while a whole session of commands runs.
"""

from __future__ import annotations

import os
import socket

import pytest
from click.testing import CliRunner

from workbench.cli import main

from conftest import REPO

TRANSCRIPTS = {
    "P01-nullpunkt.txt": (
        "I: Hvordan søker du jobb nå?\n\n"
        "Mentee: Jeg sender mange søknader, men får ikke svar. Jeg mangler nettverk i Norge.\n\n"
        "I: Hva håper du mentoren kan hjelpe med?\n\n"
        "Mentee: At hun kan åpne noen dører og lese CV-en min."
    ),
    "P01-sluttpunkt.txt": (
        "I: Hva har skjedd siden sist?\n\n"
        "Mentee: Mentoren ringte en leder hun kjente. Jeg fikk intervju og nå har jeg jobb.\n\n"
        "I: Hva betydde mentoren?\n\n"
        "Mentee: Hun stolte på meg, og da stolte arbeidsgiveren også på meg."
    ),
}


@pytest.fixture
def offline(monkeypatch):
    """Refuse and record every network connection and name lookup."""
    attempts: list[str] = []

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[1:2] if what == 'connect' else args[:1]}")
            raise OSError(f"network access attempted ({what}) in an offline test")
        return blocked

    real_connect = socket.socket.connect

    def connect(self, address):
        if self.family == getattr(socket, "AF_UNIX", None):
            return real_connect(self, address)
        return refuse("connect")(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    return attempts


def test_a_whole_session_makes_no_network_connection(tmp_path, monkeypatch, offline):
    for name, text in TRANSCRIPTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old_umask = os.umask(0o022)
    runner = CliRunner()
    db = str(tmp_path / "p.db")

    def run(*args: str, coder: str = "kari") -> None:
        result = runner.invoke(main, ["--db", db, "--coder", coder, *args])
        assert result.exit_code == 0, f"{args}: {result.output}{result.exception!r}"

    try:
        run("init", "--codebook", str(REPO / "codebooks" / "mentoring.yaml"))
        run("import", "P01-nullpunkt.txt", "--participant", "P01", "--role", "mentee", "--program", "master",
            "--wave", "nullpunkt")
        run("import", "P01-sluttpunkt.txt", "--participant", "P01", "--role", "mentee", "--program", "master",
            "--wave", "sluttpunkt")
        for coder in ("kari", "ola"):
            run("code", "P01-nullpunkt", "50", "90", "network", coder=coder)
            run("code", "P01-sluttpunkt", "38", "80", "network", coder=coder)
        run("search", "mentoren")
        run("codebook", "export", "book.qdc")
        run("codings", "export", "codings.csv")
        names = set(main.commands)
        if "quotes" in names:
            run("quotes", "--code", "network")
        if "matrix" in names:
            run("matrix", "--by", "wave")
        if "agree" in names:
            run("agree", "--bootstrap", "20")
        if "export" in names:
            export = main.commands["export"].commands
            if "report" in export:
                run("export", "report", "--out", "rapport.md", "--dir", "exports")
            if "codings" in export:
                run("export", "codings", "--out", "table.csv", "--dir", "exports")
            if "qdpx" in export:
                run("export", "qdpx", "--out", "project.qdpx")
        if "suggest" in names:
            runner.invoke(main, ["--db", db, "suggest", "P01-nullpunkt"])  # whatever it answers, offline
        run("backup", "--out", "copy.db")
        run("check")
        run("doctor")
    finally:
        os.umask(old_umask)
    assert offline == [], f"network access attempted: {offline}"


def test_the_blocker_catches_a_real_attempt(offline):
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.invalid/", timeout=1)
    assert offline  # the attempt was seen, so an empty list above means none happened
