#!/usr/bin/env python3
"""Writes the office-list fixtures of Tests/OfficeListsTests (standard library only):
ebh-excel.csv (Windows-1252, ';', a title line above the header, as German Excel saves
"CSV (Trennzeichen-getrennt)"), abh-tabs.csv (UTF-8 with BOM, tabs, "Nachname, Vorname" in one
column, "Stand" holding dates) and ebh-workbook.xlsx (two sheets, shared and inline strings,
dates as serial numbers with a built-in and a custom date format). Run it from this folder."""
import zipfile

EBH_ROWS = [
    ["Offene Einbürgerungsverfahren – Stand 01.12.2026"],
    [],
    ["Az.", "Name", "Vorname", "Geb.-Datum", "Staatsangehörigkeit", "Antrag vom", "Status", "Sachbearbeiter/in", "Wohnort", "Bemerkung"],
    ["EBH-2024-0001", "Haddad", "Rami", "03.01.1990", "syrisch", "15.02.2024", "in Prüfung", "Schmitz", "Siegburg", "Pass fehlt; kommt"],
    ["EBH-2024-0002", "Yilmaz", "Ayse", "7.5.85", "Türkei", "1.3.24", "Unterlagen angefordert", "Schmitz", "Hennef (Sieg)", ""],
    ["EBH-2024-0003", "Öztürk", "Mehmet Ali", "31.12.1979", "türkisch, deutsch", "02.04.2024", "Eingang", "Krämer", "Königswinter", "\"Ehefrau\" folgt"],
    ["EBH-2023-0412", "Kovalenko", "Olena", "12.06.1995", "ukrainische", "20.11.2023", "entscheidungsreif", "Krämer", "Sankt Augustin", ""],
    ["EBH-2022-0077", "Al-Hassan", "Fatima", "01.07.1988", "staatenlos", "05.05.2022", "eingebürgert", "Schmitz", "Troisdorf", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["Summe: 5 Verfahren"],
]


def csv_line(cells, sep):
    out = []
    for c in cells:
        if any(ch in c for ch in (sep, '"', "\n")):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return sep.join(out)


with open("ebh-excel.csv", "wb") as f:
    f.write("\r\n".join(csv_line(r, ";") for r in EBH_ROWS).encode("cp1252") + b"\r\n")

ABH_ROWS = [
    ["Aktenzeichen", "Name", "Geburtsdatum", "Nationalität", "Eingang", "Rechtsgrundlage", "Stand", "Bearbeitungsstand", "Straße", "PLZ", "Ort", "Telefon", "E-Mail"],
    ["ABH-25B-101", "Ahmadi, Zahra", "14.03.1992", "Afghanistan", "10.01.2025", "§ 25b AufenthG", "01.12.2026", "in Bearbeitung", "Kaiserstraße 12", "53721", "Siegburg", "02241 12345", "z.ahmadi@example.org"],
    ["ABH-25A-102", "Hussein, Haidar", "02.09.2006", "irakisch", "03.02.2025", "§ 25a AufenthG", "01.12.2026", "Unterlagen nachgefordert", "Frankfurter Str. 3", "53773", "Hennef", "", ""],
    ["ABH-104C-103", "Darwish, Amal", "22.11.1984", "Syrien", "15.06.2024", "Chancen-Aufenthaltsrecht § 104c", "01.12.2026", "ruhend", "Bonner Str. 8", "53757", "Sankt Augustin", "", ""],
    ["ABH-25B-104", "Noori, Jawad", "05.05.1979", "ungeklärt", "20.08.2025", "§ 25b AufenthG", "01.12.2026", "Eingang", "", "", "", "", ""],
]
with open("abh-tabs.csv", "wb") as f:
    f.write(b"\xef\xbb\xbf" + "\n".join("\t".join(r) for r in ABH_ROWS).encode("utf-8") + b"\n")


def serial(d, m, y):
    """Excel 1900 date system: day 1 is 1900-01-01 and 1900-02-29 (serial 60) is counted."""
    import datetime
    return (datetime.date(y, m, d) - datetime.date(1899, 12, 30)).days


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, strings):
    """rows: lists of ('s', text) shared string, ('i', text) inline, ('d', serial, style) date, ('n', number)."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, cell in enumerate(row):
            ref = f"{col(c)}{r}"
            if cell is None:
                continue
            kind = cell[0]
            if kind == "s":
                if cell[1] not in strings:
                    strings.append(cell[1])
                out.append(f'<c r="{ref}" t="s"><v>{strings.index(cell[1])}</v></c>')
            elif kind == "i":
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(cell[1])}</t></is></c>')
            elif kind == "d":
                out.append(f'<c r="{ref}" s="{cell[2]}"><v>{cell[1]}</v></c>')
            else:
                out.append(f'<c r="{ref}"><v>{cell[1]}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


S = lambda t: ("s", t)
I = lambda t: ("i", t)
D = lambda d, m, y, style=1: ("d", serial(d, m, y), style)
strings = []
open_rows = [
    [S("Aktenzeichen"), S("Familienname"), S("Vornamen"), S("Geburtsdatum"), S("Staatsang."), S("Eingangsdatum"),
     S("Verfahren"), S("Bearbeitungsstand"), S("SB"), S("Gemeinde"), S("Team")],
    [S("EBH-2025-0100"), S("Haddad"), S("Nour"), D(3, 1, 1990), S("SYR"), D(15, 2, 2025, 2), S("§ 10 StAG"),
     S("in Prüfung"), S("Schmitz"), S("Siegburg"), S("KIM")],
    [S("EBH-2025-0101"), S("Kaya"), I("Emre"), D(29, 2, 1988), S("türkisch"), D(1, 3, 2025, 2), S("Anspruchseinbürgerung"),
     S("Eingang"), S("Krämer"), S("Lohmar"), S("regulär")],
    [S("EBH-2025-0102"), S("Rossi"), S("Giulia"), D(1, 3, 1900), S("Italien"), D(2, 4, 2025, 2), S("§ 9 StAG"),
     S("ruhend"), S("Krämer"), S("Bornheim"), None],
]
closed_rows = [
    [S("Az."), S("Name"), S("Vorname"), S("Antrag vom"), S("Status")],
    [S("EBH-2020-0001"), S("Petrov"), S("Ivan"), D(10, 6, 2020, 2), S("zurückgenommen")],
]
sheet1 = sheet_xml(open_rows, strings)
sheet2 = sheet_xml(closed_rows, strings)
shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
          + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>")
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="DD\\.MM\\.YYYY"/></numFmts>'
          '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>'
          "</styleSheet>")
workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Offene Verfahren" sheetId="1" r:id="rId1"/>'
            '<sheet name="Erledigt" sheetId="2" r:id="rId2"/></sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>")
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 "</Types>")
root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             "</Relationships>")
with zipfile.ZipFile("ebh-workbook.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
                       ("xl/_rels/workbook.xml.rels", rels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", shared),
                       ("xl/worksheets/sheet1.xml", sheet1), ("xl/worksheets/sheet2.xml", sheet2)]:
        info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text)
