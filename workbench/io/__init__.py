"""Getting researchers' files into the workbench: transcripts (.txt, .md, .docx, .odt,
.vtt, .srt) and the CSV manifest that says who each interview is with.

Everything here turns a messy file into clean, normalised data or refuses it with an
InputError that names the file, line and field — never a library traceback.
"""
