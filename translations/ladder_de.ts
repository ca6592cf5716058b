<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddGoalCommand</name>
    <message>
        <source>Add goal “%1”</source>
        <translation>Ziel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Added goal “%1” — Ctrl+Z takes it out again</source>
        <translation>Ziel „%1“ angelegt – Strg+Z nimmt es wieder heraus</translation>
    </message>
    <message>
        <source>Took out goal “%1”</source>
        <translation>Ziel „%1“ wieder herausgenommen</translation>
    </message>
</context>
<context>
    <name>AddMilestoneCommand</name>
    <message>
        <source>Add milestone “%1”</source>
        <translation>Meilenstein „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Added milestone “%1”</source>
        <translation>Meilenstein „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Took out milestone “%1”</source>
        <translation>Meilenstein „%1“ wieder herausgenommen</translation>
    </message>
</context>
<context>
    <name>AddWinCommand</name>
    <message>
        <source>Add win “%1”</source>
        <translation>Erfolg „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Logged win %1 — Ctrl+Z takes it out again</source>
        <translation>Erfolg %1 erfasst – Strg+Z nimmt ihn wieder heraus</translation>
    </message>
    <message>
        <source>Took out win %1</source>
        <translation>Erfolg %1 wieder herausgenommen</translation>
    </message>
</context>
<context>
    <name>AssessmentStore</name>
    <message>
        <source>an assessment needs a valid date</source>
        <translation>eine Einschätzung braucht ein gültiges Datum</translation>
    </message>
    <message>
        <source>no assessment with id %1</source>
        <translation>keine Einschätzung mit der ID %1</translation>
    </message>
    <message>
        <source>rating %1 is outside 0-%2</source>
        <translation>Einschätzung %1 liegt außerhalb von 0-%2</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy the database to FILE (0600), consistently, even while others write.</source>
        <translation>Kopiert die Datenbank nach FILE (0600), konsistent, auch während andere schreiben.</translation>
    </message>
    <message>
        <source>Where the copy goes.</source>
        <translation>Wohin die Kopie geht.</translation>
    </message>
</context>
<context>
    <name>BoundedRead</name>
    <message>
        <source>: a NUL byte: this is not JSON text</source>
        <translation>: ein NUL-Byte: das ist kein JSON-Text</translation>
    </message>
    <message>
        <source>: a NUL byte: this is not text</source>
        <translation>: ein NUL-Byte: das ist kein Text</translation>
    </message>
    <message>
        <source>: expected &apos;{&apos;: the file must be one JSON object</source>
        <translation>: &apos;{&apos; erwartet: die Datei muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>larger than %1, the most %2 may be (docs/formats.md)</source>
        <translation>größer als %1, das Höchstmaß für %2 (docs/formats.md)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
</context>
<context>
    <name>BragReader</name>
    <message>
        <source>%1: no date for this item (put one at its start or a dated heading above)</source>
        <translation>%1: kein Datum für diesen Eintrag (an seinen Anfang schreiben oder eine datierte Überschrift darüber)</translation>
    </message>
    <message>
        <source>%1: the item has no title</source>
        <translation>%1: der Eintrag hat keinen Titel</translation>
    </message>
    <message>
        <source>%1: the title %2</source>
        <translation>%1: der Titel %2</translation>
    </message>
    <message>
        <source>%1: the same UUID as line %2</source>
        <translation>%1: dieselbe UUID wie Zeile %2</translation>
    </message>
</context>
<context>
    <name>BragReportModel</name>
    <message>
        <source>Other wins</source>
        <translation>Weitere Erfolge</translation>
    </message>
</context>
<context>
    <name>BragWriter</name>
    <message>
        <source>the brag document</source>
        <translation>das Erfolgsdokument</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the integrity of the database file.</source>
        <translation>Prüft die Integrität der Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: in Ordnung</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is empty; give the path of a database file</source>
        <translation>%1 ist leer; gib den Pfad einer Datenbankdatei an</translation>
    </message>
    <message>
        <source>%1 %2: only a file path is a database (not :memory: or a file: URI)</source>
        <translation>%1 %2: nur ein Dateipfad ist eine Datenbank (nicht :memory: oder eine file:-URI)</translation>
    </message>
    <message>
        <source>Usage: ladder-cli [--db PATH] [--json] [--no-color] COMMAND ...

Ladder keeps your career framework, self-assessments, goals and wins journal
in one local SQLite file (--db, else $LADDER_DB, else ~/.local/share/ladder/ladder.db).

Commands:
</source>
        <translation>Aufruf: ladder-cli [--db PATH] [--json] [--no-color] COMMAND ...

Ladder hält dein Karriere-Framework, Selbsteinschätzungen, Ziele und Erfolgsjournal
in einer lokalen SQLite-Datei (--db, sonst $LADDER_DB, sonst ~/.local/share/ladder/ladder.db).

Befehle:
</translation>
    </message>
    <message>
        <source>Printed summaries: Markdown, HTML or PDF.</source>
        <translation>Gedruckte Zusammenfassungen: Markdown, HTML oder PDF.</translation>
    </message>
    <message>
        <source>
&apos;ladder-cli COMMAND --help&apos; describes a command&apos;s options.
</source>
        <translation>
&apos;ladder-cli COMMAND --help&apos; beschreibt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>the reader closed it (broken pipe)</source>
        <translation>der Leser hat sie geschlossen (Broken Pipe)</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1; the output is incomplete</source>
        <translation>kann nicht auf die Standardausgabe schreiben: %1; die Ausgabe ist unvollständig</translation>
    </message>
    <message>
        <source>--db: give it once</source>
        <translation>--db: nur einmal angeben</translation>
    </message>
    <message>
        <source>--db needs a PATH</source>
        <translation>--db braucht einen PATH</translation>
    </message>
    <message>
        <source>unknown command &apos;%1 %2&apos;</source>
        <translation>unbekannter Befehl &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand</source>
        <translation>&apos;%1&apos; braucht einen Unterbefehl</translation>
    </message>
    <message>
        <source> (one of: %1)</source>
        <translation> (eins von: %1)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1: %2 takes one value; give it once</source>
        <translation>%1: %2 nimmt einen Wert; nur einmal angeben</translation>
    </message>
    <message>
        <source>%1: missing %2</source>
        <translation>%1: %2 fehlt</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: unerwartetes Argument &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>no database: $HOME is not set, so there is no default one; give --db PATH or set $LADDER_DB</source>
        <translation>keine Datenbank: $HOME ist nicht gesetzt, also gibt es keine Standarddatenbank; gib --db PATH an oder setze $LADDER_DB</translation>
    </message>
    <message>
        <source> (see &apos;ladder-cli --help&apos;)</source>
        <translation> (siehe &apos;ladder-cli --help&apos;)</translation>
    </message>
    <message>
        <source>standard input is a folder, not text; give the text as arguments or redirect a file (&lt; FILE)</source>
        <translation>die Standardeingabe ist ein Ordner, kein Text; gib den Text als Argumente an oder leite eine Datei um (&lt; FILE)</translation>
    </message>
    <message>
        <source>standard input holds more than %1 of text, the most a win may be (docs/formats.md)</source>
        <translation>die Standardeingabe enthält mehr als %1 Text, das Höchstmaß für einen Erfolg (docs/formats.md)</translation>
    </message>
    <message>
        <source>standard input is not UTF-8 text; nothing was read from it</source>
        <translation>die Standardeingabe ist kein UTF-8-Text; nichts wurde daraus gelesen</translation>
    </message>
    <message>
        <source>%1 deletes data: pass --yes to do it without a terminal (nothing was deleted)</source>
        <translation>%1 löscht Daten: gib --yes an, um es ohne Terminal zu tun (nichts wurde gelöscht)</translation>
    </message>
</context>
<context>
    <name>CompleteCommand</name>
    <message>
        <source>Completion candidates for the shells (internal).</source>
        <translation>Vervollständigungen für die Shells (intern).</translation>
    </message>
    <message>
        <source>skills, levels, frameworks, goals, tags, formats or report-formats.</source>
        <translation>skills, levels, frameworks, goals, tags, formats oder report-formats.</translation>
    </message>
    <message>
        <source>Only candidates that start with it.</source>
        <translation>Nur Vorschläge, die damit beginnen.</translation>
    </message>
    <message>
        <source>__complete: unknown kind &apos;%1&apos;</source>
        <translation>__complete: unbekannte Art &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: a quoted field opened on this row is never closed</source>
        <translation>%1: ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>%1: text after the closing quote of field %2; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>%1: Text nach dem schließenden Anführungszeichen von Feld %2; ein Anführungszeichen in einem Feld in Anführungszeichen wird doppelt geschrieben (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the date &apos;%1&apos; could be day/month or month/day; write it as YYYY-MM-DD (or DD.MM.YYYY)</source>
        <translation>das Datum &apos;%1&apos; kann Tag/Monat oder Monat/Tag sein; schreib es als YYYY-MM-DD (oder DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD (or DD.MM.YYYY)</source>
        <translation>&apos;%1&apos; ist kein Datum; schreib es als YYYY-MM-DD (oder DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>starred is &apos;%1&apos;; write yes or no (or true/false, 1/0, x, ★, or leave it empty)</source>
        <translation>starred ist &apos;%1&apos;; schreib yes oder no (oder true/false, 1/0, x, ★, oder lass es leer)</translation>
    </message>
    <message>
        <source>%1: cannot map a column to &apos;%2&apos;; the fields are %3</source>
        <translation>%1: eine Spalte kann nicht auf &apos;%2&apos; abgebildet werden; die Felder sind %3</translation>
    </message>
    <message>
        <source>%1: the header has no column &apos;%2&apos; (to read as %3)</source>
        <translation>%1: die Kopfzeile hat keine Spalte &apos;%2&apos; (zu lesen als %3)</translation>
    </message>
    <message>
        <source>no %1 column</source>
        <translation>keine Spalte %1</translation>
    </message>
    <message>
        <source>%1: the header has %2 (name them so, or map other columns to them)</source>
        <translation>%1: die Kopfzeile hat %2 (benenne sie so oder bilde andere Spalten darauf ab)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1: the file is empty; a CSV file starts with a header row (date, title, …)</source>
        <translation>%1: die Datei ist leer; eine CSV-Datei beginnt mit einer Kopfzeile (date, title, …)</translation>
    </message>
    <message>
        <source>%1: this row has %2 fields, the header %3</source>
        <translation>%1: diese Zeile hat %2 Felder, die Kopfzeile %3</translation>
    </message>
    <message>
        <source>%1: the row has no date</source>
        <translation>%1: die Zeile hat kein Datum</translation>
    </message>
    <message>
        <source>%1: the row has no title</source>
        <translation>%1: die Zeile hat keinen Titel</translation>
    </message>
    <message>
        <source>%1: the %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: the same %2 as line %3</source>
        <translation>%1: dasselbe %2 wie Zeile %3</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the CSV file</source>
        <translation>die CSV-Datei</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database path is empty</source>
        <translation>der Datenbankpfad ist leer</translation>
    </message>
    <message>
        <source>%1: only a file path can be a database (not an SQLite URI or :memory:); to use a file of that name, write ./%1</source>
        <translation>%1: nur ein Dateipfad kann eine Datenbank sein (keine SQLite-URI und nicht :memory:); für eine Datei dieses Namens schreib ./%1</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: keine solche Datenbank</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be a database</source>
        <translation>%1 ist keine reguläre Datei und kann daher keine Datenbank sein</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Ladder database; it was left untouched (remove it to start a new database there)</source>
        <translation>%1 ist eine leere Datei, keine Ladder-Datenbank; sie wurde nicht angerührt (entferne sie, um dort eine neue Datenbank anzulegen)</translation>
    </message>
    <message>
        <source>%1 is not a Ladder database; it was left untouched</source>
        <translation>%1 ist keine Ladder-Datenbank; sie wurde nicht angerührt</translation>
    </message>
    <message>
        <source>%1 was written by a newer Ladder (schema version %2; this one reads up to %3); it was left untouched</source>
        <translation>%1 wurde von einem neueren Ladder geschrieben (Schemaversion %2; dieses liest bis %3); sie wurde nicht angerührt</translation>
    </message>
    <message>
        <source>%1 was written by an older Ladder (schema version %2); open it once with this Ladder (for example ladder-cli --db %1 check) to bring it up to date, then try again; it was left untouched</source>
        <translation>%1 wurde von einem älteren Ladder geschrieben (Schemaversion %2); öffne sie einmal mit diesem Ladder (zum Beispiel ladder-cli --db %1 check), um sie zu aktualisieren, und versuche es dann erneut; sie wurde nicht angerührt</translation>
    </message>
    <message>
        <source>%1 is not a Ladder database (or it is damaged); it was left untouched</source>
        <translation>%1 ist keine Ladder-Datenbank (oder sie ist beschädigt); sie wurde nicht angerührt</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (was it copied only in part?); it was left untouched</source>
        <translation>%1 ist beschädigt: sie ist abgeschnitten (wurde sie nur teilweise kopiert?); sie wurde nicht angerührt</translation>
    </message>
    <message>
        <source>backup %1: the backup must be a regular file</source>
        <translation>Sicherung %1: die Sicherung muss eine reguläre Datei sein</translation>
    </message>
    <message>
        <source>backup %1 failed: %2; nothing was written</source>
        <translation>Sicherung %1 fehlgeschlagen: %2; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>row %1 of table %2 points at a missing row of %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was saved</source>
        <translation>%1: der Datenträger ist voll; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1: its folder is read-only, and SQLite must create %2-wal and %2-shm beside the file even to read it</source>
        <translation>%1: ihr Ordner ist schreibgeschützt, und SQLite muss %2-wal und %2-shm neben der Datei anlegen, sogar um sie zu lesen</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was saved</source>
        <translation>%1 ist schreibgeschützt; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 is busy (another program kept it locked for too long); nothing was saved</source>
        <translation>%1 ist belegt (ein anderes Programm hielt sie zu lange gesperrt); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1: the disk quota is used up; nothing was saved</source>
        <translation>%1: das Speicherkontingent ist aufgebraucht; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1: the file has reached the size limit set for it (see ulimit -f); nothing was saved</source>
        <translation>%1: die Datei hat ihre Größengrenze erreicht (siehe ulimit -f); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1: input/output error (%2); nothing was saved</source>
        <translation>%1: Ein-/Ausgabefehler (%2); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Ladder database</source>
        <translation>%1 ist beschädigt oder keine Ladder-Datenbank</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1: database error: %2</source>
        <translation>%1: Datenbankfehler: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>a file SQLite keeps beside the open database %1</source>
        <translation>eine Datei, die SQLite neben der geöffneten Datenbank %1 hält</translation>
    </message>
    <message>
        <source>the open database itself</source>
        <translation>die geöffnete Datenbank selbst</translation>
    </message>
    <message>
        <source>%1 is %2: choose another file; nothing was written</source>
        <translation>%1 ist %2: wähle eine andere Datei; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>DateExpression</name>
    <message>
        <source>invalid date &apos;%1&apos;: %2</source>
        <translation>ungültiges Datum &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>years start at 0001</source>
        <translation>Jahre beginnen bei 0001</translation>
    </message>
    <message>
        <source>months are 01 to 12</source>
        <translation>Monate gehen von 01 bis 12</translation>
    </message>
    <message>
        <source>%1 has %2 days</source>
        <translation>%1 hat %2 Tage</translation>
    </message>
    <message>
        <source>dates run from %1 to %2</source>
        <translation>Daten reichen von %1 bis %2</translation>
    </message>
    <message>
        <source>unknown date &apos;%1&apos; (try 2026-11-20, today, yesterday, 3 days ago, last friday)</source>
        <translation>unbekanntes Datum &apos;%1&apos; (versuche 2026-11-20, today, yesterday, 3 days ago, last friday)</translation>
    </message>
</context>
<context>
    <name>DateOptions</name>
    <message>
        <source>--%1 %2: %3 is in the future (today is %4)</source>
        <translation>--%1 %2: %3 liegt in der Zukunft (heute ist %4)</translation>
    </message>
</context>
<context>
    <name>DeleteGoalCommand</name>
    <message>
        <source>Delete goal “%1”</source>
        <translation>Ziel „%1“ löschen</translation>
    </message>
    <message>
        <source>Deleted goal “%1” — Ctrl+Z brings it back</source>
        <translation>Ziel „%1“ gelöscht – Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>Brought back goal “%1”</source>
        <translation>Ziel „%1“ zurückgeholt</translation>
    </message>
</context>
<context>
    <name>DeleteWinCommand</name>
    <message>
        <source>Delete win “%1”</source>
        <translation>Erfolg „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete %1 wins</source>
        <translation>%1 Erfolge löschen</translation>
    </message>
    <message>
        <source>Deleted win %1 — Ctrl+Z brings it back</source>
        <translation>Erfolg %1 gelöscht – Strg+Z holt ihn zurück</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n wins — Ctrl+Z brings them back</source>
        <translation>
            <numerusform>%n Erfolg gelöscht – Strg+Z holt ihn zurück</numerusform>
            <numerusform>%n Erfolge gelöscht – Strg+Z holt sie zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought back win %1</source>
        <translation>Erfolg %1 zurückgeholt</translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n wins</source>
        <translation>
            <numerusform>%n Erfolg zurückgeholt</numerusform>
            <numerusform>%n Erfolge zurückgeholt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditGoalCommand</name>
    <message>
        <source>Edit goal “%1”</source>
        <translation>Ziel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Saved goal “%1”</source>
        <translation>Ziel „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Put goal “%1” back as it was</source>
        <translation>Ziel „%1“ wieder wie vorher</translation>
    </message>
</context>
<context>
    <name>EditWinCommand</name>
    <message>
        <source>Star “%1”</source>
        <translation>„%1“ mit Stern markieren</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <translation>Stern von „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit win “%1”</source>
        <translation>Erfolg „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Starred win %1</source>
        <translation>Erfolg %1 mit Stern markiert</translation>
    </message>
    <message>
        <source>Unstarred win %1</source>
        <translation>Stern von Erfolg %1 entfernt</translation>
    </message>
    <message>
        <source>Saved win %1</source>
        <translation>Erfolg %1 gespeichert</translation>
    </message>
    <message>
        <source>Put win %1 back as it was</source>
        <translation>Erfolg %1 wieder wie vorher</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>cannot create a temporary folder for the editor</source>
        <translation>kann keinen temporären Ordner für den Editor anlegen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the editor &apos;%1&apos; failed (exit status %2); nothing was saved</source>
        <translation>der Editor &apos;%1&apos; ist fehlgeschlagen (Exit-Status %2); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>%1 kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>; your text is in %1</source>
        <translation>; dein Text liegt in %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write everything to a ladder export (JSON), or the wins as a Markdown brag document, a CSV sheet, jrnl JSON or a jrnl journal file.</source>
        <translation>Schreibt alles in einen Ladder-Export (JSON) oder die Erfolge als Markdown-Erfolgsdokument, CSV-Tabelle, jrnl-JSON oder jrnl-Journaldatei.</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output).</source>
        <translation>Die zu schreibende Datei (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>ladder (default; everything), markdown, csv, jrnl or jrnl-text (wins only); a .md or .csv name chooses too.</source>
        <translation>ladder (Standard; alles), markdown, csv, jrnl oder jrnl-text (nur Erfolge); auch ein Name auf .md oder .csv wählt das Format.</translation>
    </message>
    <message>
        <source>export: -o FILE is required</source>
        <translation>export: -o FILE ist erforderlich</translation>
    </message>
    <message>
        <source>export: --format %1: unknown format (known: %2)</source>
        <translation>export: --format %1: unbekanntes Format (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>FrameworkExportCommand</name>
    <message>
        <source>Write a framework to a JSON file (to edit, share, or import elsewhere).</source>
        <translation>Schreibt ein Framework in eine JSON-Datei (zum Bearbeiten, Weitergeben oder Importieren anderswo).</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output).</source>
        <translation>Die zu schreibende Datei (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>The framework (default: the active one).</source>
        <translation>Das Framework (Standard: das aktive).</translation>
    </message>
    <message>
        <source>framework export: -o FILE is required</source>
        <translation>framework export: -o FILE ist erforderlich</translation>
    </message>
    <message>
        <source>Wrote framework &apos;%1&apos; (levels: %2, skills: %3) to %4.</source>
        <translation>Framework &apos;%1&apos; (Stufen: %2, Fähigkeiten: %3) nach %4 geschrieben.</translation>
    </message>
</context>
<context>
    <name>FrameworkFormat</name>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>&quot;%1&quot; erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>a framework needs at least one level</source>
        <translation>ein Framework braucht mindestens eine Stufe</translation>
    </message>
    <message>
        <source>a framework has at most %1 levels, not %2</source>
        <translation>ein Framework hat höchstens %1 Stufen, nicht %2</translation>
    </message>
    <message>
        <source>a framework has at most %1 categories, not %2</source>
        <translation>ein Framework hat höchstens %1 Kategorien, nicht %2</translation>
    </message>
    <message>
        <source>a framework has at most %1 skills in all its categories</source>
        <translation>ein Framework hat höchstens %1 Fähigkeiten in all seinen Kategorien</translation>
    </message>
    <message>
        <source>expected an object keyed by level, found %1</source>
        <translation>ein Objekt mit Stufen als Schlüsseln erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is lower than the %2 expected at &apos;%3&apos;: expectations never fall as the level rises</source>
        <translation>%1 ist niedriger als die bei &apos;%3&apos; erwarteten %2: Erwartungen sinken nie, wenn die Stufe steigt</translation>
    </message>
    <message>
        <source>expected a list of texts, found %1</source>
        <translation>eine Liste von Texten erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>at most %1 behaviours, not %2</source>
        <translation>höchstens %1 Verhaltensweisen, nicht %2</translation>
    </message>
    <message>
        <source>expected a non-empty text, found %1</source>
        <translation>einen nicht leeren Text erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>at most %1 characters, not %2</source>
        <translation>höchstens %1 Zeichen, nicht %2</translation>
    </message>
    <message>
        <source>(top)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>ein Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>eine Liste erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the UUID of %2</source>
        <translation>&apos;%1&apos; ist schon die UUID von %2</translation>
    </message>
    <message>
        <source>a framework file</source>
        <translation>eine Framework-Datei</translation>
    </message>
    <message>
        <source>expected a text, found %1</source>
        <translation>einen Text erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 need &quot;version&quot;: 2 (this file says 1)</source>
        <translation>%1 brauchen &quot;version&quot;: 2 (diese Datei sagt 1)</translation>
    </message>
    <message>
        <source>must be the number 1 or %1, not %2</source>
        <translation>muss die Zahl 1 oder %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>version %1 is not supported (this Ladder reads versions 1 and %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Ladder liest die Versionen 1 und %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (at %2)</source>
        <translation>&apos;%1&apos; (bei %2)</translation>
    </message>
    <message>
        <source>expected a list of steps, found %1</source>
        <translation>eine Liste von Stufen der Skala erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>a scale has %1 to %2 steps (0-%3 at most), not %4</source>
        <translation>eine Skala hat %1 bis %2 Schritte (höchstens 0-%3), nicht %4</translation>
    </message>
    <message>
        <source>duplicate step &apos;%1&apos; (first at %2)</source>
        <translation>doppelter Schritt &apos;%1&apos; (zuerst bei %2)</translation>
    </message>
    <message>
        <source>duplicate level &apos;%1&apos; (first at %2)</source>
        <translation>doppelte Stufe &apos;%1&apos; (zuerst bei %2)</translation>
    </message>
    <message>
        <source>duplicate category &apos;%1&apos; (first at %2)</source>
        <translation>doppelte Kategorie &apos;%1&apos; (zuerst bei %2)</translation>
    </message>
    <message>
        <source>duplicate skill &apos;%1&apos; (first at %2)</source>
        <translation>doppelte Fähigkeit &apos;%1&apos; (zuerst bei %2)</translation>
    </message>
    <message>
        <source>level &apos;%1&apos; again (first as &apos;%2&apos;)</source>
        <translation>Stufe &apos;%1&apos; noch einmal (zuerst als &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (levels: %2)</source>
        <translation>unbekannte Stufe &apos;%1&apos; (Stufen: %2)</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Stufe &apos;%1&apos;; meintest du &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>no expectation for %1: every skill needs one for every level</source>
        <translation>keine Erwartung für %1: jede Fähigkeit braucht eine für jede Stufe</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>a level where the skill is not applicable expects no proficiency (remove one of the two)</source>
        <translation>eine Stufe, auf der die Fähigkeit nicht zutrifft, hat keine proficiency (entferne eins von beiden)</translation>
    </message>
    <message>
        <source>expected a whole number %1, found %2</source>
        <translation>eine ganze Zahl %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 is outside %2</source>
        <translation>%1 liegt außerhalb von %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;; meintest du &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (allowed here: %2, x-…)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (hier erlaubt: %2, x-…)</translation>
    </message>
    <message>
        <source>%1 is not a slug (lower-case letters, digits and single dashes, e.g. system-design)%2</source>
        <translation>%1 ist kein Kürzel (Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. system-design)%2</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meintest du &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>expected an object with &quot;format&quot;: &quot;%1&quot;, found a list</source>
        <translation>ein Objekt mit &quot;format&quot;: &quot;%1&quot; erwartet, eine Liste gefunden</translation>
    </message>
    <message>
        <source>duplicate key (a key appears once in an object)</source>
        <translation>doppelter Schlüssel (ein Schlüssel kommt in einem Objekt nur einmal vor)</translation>
    </message>
    <message>
        <source>%1: %2 problems</source>
        <translation>%1: %2 Probleme</translation>
    </message>
</context>
<context>
    <name>FrameworkImportCommand</name>
    <message>
        <source>&apos;%1&apos; (levels: %2, categories: %3, skills: %4)</source>
        <translation>&apos;%1&apos; (Stufen: %2, Kategorien: %3, Fähigkeiten: %4)</translation>
    </message>
    <message>
        <source>Add a framework from a JSON file; not made active unless --activate.</source>
        <translation>Fügt ein Framework aus einer JSON-Datei hinzu; aktiv wird es nur mit --activate.</translation>
    </message>
    <message>
        <source>Make it the active framework too. Without it, a new framework is only added (switch later with: ladder-cli framework use SLUG) and a replaced one stays active or not as it was.</source>
        <translation>Macht es auch zum aktiven Framework. Ohne diese Option wird ein neues Framework nur hinzugefügt (später wechseln mit: ladder-cli framework use SLUG), und ein ersetztes bleibt aktiv oder inaktiv wie zuvor.</translation>
    </message>
    <message>
        <source>Check the file, import nothing.</source>
        <translation>Prüft die Datei, importiert nichts.</translation>
    </message>
    <message>
        <source>%1: framework %2 is valid; nothing imported (--dry-run).</source>
        <translation>%1: Framework %2 ist gültig; nichts importiert (--dry-run).</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos; was already present; it is now the active one.</source>
        <translation>Framework &apos;%1&apos; war schon vorhanden; es ist jetzt das aktive.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos; is already present as it is in the file; nothing changed.</source>
        <translation>Framework &apos;%1&apos; ist schon so vorhanden wie in der Datei; nichts geändert.</translation>
    </message>
    <message>
        <source>Replaced framework %1.</source>
        <translation>Framework %1 ersetzt.</translation>
    </message>
    <message>
        <source>Imported framework %1.</source>
        <translation>Framework %1 importiert.</translation>
    </message>
    <message>
        <source>It is the active framework.</source>
        <translation>Es ist das aktive Framework.</translation>
    </message>
    <message>
        <source>Switch to it with: ladder-cli framework use %1</source>
        <translation>Wechsle dazu mit: ladder-cli framework use %1</translation>
    </message>
    <message>
        <source>Your level in this framework (one of its level slugs). With --activate and no --level, a terminal asks.</source>
        <translation>Deine Stufe in diesem Framework (eines seiner Stufen-Kürzel). Mit --activate und ohne --level fragt ein Terminal nach.</translation>
    </message>
    <message>
        <source>Replace a framework with the same slug, its UUIDs included (ratings, goals and wins are kept).</source>
        <translation>Ein Framework mit demselben Kürzel ersetzen, samt seinen UUIDs (Einschätzungen, Ziele und Erfolge bleiben erhalten).</translation>
    </message>
    <message>
        <source>A ladder-framework JSON file (docs/formats.md). It is checked whole first: each problem is reported on its own line with its place, and nothing is imported. With --json the problems are printed on standard output as {&quot;file&quot;, &quot;problems&quot;: [{&quot;path&quot;, &quot;message&quot;}]}.</source>
        <translation>Eine ladder-framework-JSON-Datei (docs/formats.md). Sie wird zuerst vollständig geprüft: jedes Problem wird in einer eigenen Zeile mit seiner Stelle gemeldet, und nichts wird importiert. Mit --json werden die Probleme auf der Standardausgabe als {&quot;file&quot;, &quot;problems&quot;: [{&quot;path&quot;, &quot;message&quot;}]} ausgegeben.</translation>
    </message>
    <message>
        <source>Your level in &apos;%1&apos;:</source>
        <translation>Deine Stufe in &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Which one (1-%1 or a slug; Enter: set it later)? </source>
        <translation>Welche (1-%1 oder ein Kürzel; Eingabetaste: später festlegen)? </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the levels above.</source>
        <translation>&apos;%1&apos; ist keine der obigen Stufen.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos; is already here with the same content under other UUIDs (the file comes from another database, or was made anew); it is kept as it is. Add --replace to take the file&apos;s UUIDs.</source>
        <translation>Framework &apos;%1&apos; ist schon mit demselben Inhalt unter anderen UUIDs vorhanden (die Datei stammt aus einer anderen Datenbank oder wurde neu erstellt); es bleibt, wie es ist. Mit --replace werden die UUIDs der Datei übernommen.</translation>
    </message>
    <message>
        <source>Your level in &apos;%1&apos;: %2 (%3).</source>
        <translation>Deine Stufe in &apos;%1&apos;: %2 (%3).</translation>
    </message>
    <message>
        <source>Your level in &apos;%1&apos; is not set; its lowest, &apos;%2&apos;, stands in until: ladder-cli level set LEVEL</source>
        <translation>Deine Stufe in &apos;%1&apos; ist nicht festgelegt; bis dahin gilt die niedrigste, &apos;%2&apos;: ladder-cli level set LEVEL</translation>
    </message>
    <message>
        <source>%1: 1 rating from %2 will count here (ratings are kept by skill slug).</source>
        <translation>%1: 1 Einschätzung aus %2 zählt hier mit (Einschätzungen gelten je Fähigkeits-Kürzel).</translation>
    </message>
    <message>
        <source>%1: %2 ratings from %3 will count here (ratings are kept by skill slug).</source>
        <translation>%1: %2 Einschätzungen aus %3 zählen hier mit (Einschätzungen gelten je Fähigkeits-Kürzel).</translation>
    </message>
</context>
<context>
    <name>FrameworkListCommand</name>
    <message>
        <source>The career frameworks in the database; * marks the active one.</source>
        <translation>Die Karriere-Frameworks in der Datenbank; * markiert das aktive.</translation>
    </message>
    <message>
        <source>SLUG</source>
        <translation>KÜRZEL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LEVELS</source>
        <translation>STUFEN</translation>
    </message>
    <message>
        <source>CATEGORIES</source>
        <translation>KATEGORIEN</translation>
    </message>
    <message>
        <source>SKILLS</source>
        <translation>FÄHIGKEITEN</translation>
    </message>
</context>
<context>
    <name>FrameworkLookup</name>
    <message>
        <source>unknown level &apos;%1&apos;%2</source>
        <translation>unbekannte Stufe &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>unknown framework &apos;%1&apos;%2</source>
        <translation>unbekanntes Framework &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>unknown framework &apos;%1&apos; (frameworks: %2)</source>
        <translation>unbekanntes Framework &apos;%1&apos; (Frameworks: %2)</translation>
    </message>
</context>
<context>
    <name>FrameworkRemoveCommand</name>
    <message>
        <source>Delete a framework that is not the active one; ratings, goals and wins are kept.</source>
        <translation>Löscht ein Framework, das nicht das aktive ist; Bewertungen, Ziele und Erfolge bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation>Löscht ohne Rückfrage (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>The framework (see framework list).</source>
        <translation>Das Framework (siehe framework list).</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; is the active one; switch first (ladder-cli framework use SLUG)</source>
        <translation>Framework &apos;%1&apos; ist das aktive; wechsle zuerst (ladder-cli framework use SLUG)</translation>
    </message>
    <message>
        <source>Delete framework &apos;%1&apos; (%2)?</source>
        <translation>Framework &apos;%1&apos; (%2) löschen?</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted framework &apos;%1&apos;.</source>
        <translation>Framework &apos;%1&apos; gelöscht.</translation>
    </message>
</context>
<context>
    <name>FrameworkShowCommand</name>
    <message>
        <source>Show a framework: levels, skills and what each level expects.</source>
        <translation>Zeigt ein Framework: Stufen, Fähigkeiten und was jede Stufe erwartet.</translation>
    </message>
    <message>
        <source>Show one skill with the example behaviours of each level.</source>
        <translation>Zeigt eine Fähigkeit mit den Beispielverhaltensweisen jeder Stufe.</translation>
    </message>
    <message>
        <source>The framework (default: the active one).</source>
        <translation>Das Framework (Standard: das aktive).</translation>
    </message>
    <message>
        <source> · active</source>
        <translation> · aktiv</translation>
    </message>
    <message>
        <source>Levels, lowest first: </source>
        <translation>Stufen, niedrigste zuerst: </translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>SKILL</source>
        <translation>FÄHIGKEIT</translation>
    </message>
    <message>
        <source>Scale: </source>
        <translation>Skala: </translation>
    </message>
</context>
<context>
    <name>FrameworkStore</name>
    <message>
        <source>skill &apos;%1&apos; names an unknown category &apos;%2&apos;</source>
        <translation>Fähigkeit &apos;%1&apos; nennt eine unbekannte Kategorie &apos;%2&apos;</translation>
    </message>
    <message>
        <source>skill &apos;%1&apos; names an unknown level &apos;%2&apos;</source>
        <translation>Fähigkeit &apos;%1&apos; nennt eine unbekannte Stufe &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no framework with id %1</source>
        <translation>kein Framework mit der ID %1</translation>
    </message>
    <message>
        <source>%1 has no active career framework (run: ladder-cli framework import FILE)</source>
        <translation>%1 hat kein aktives Karriere-Framework (führe aus: ladder-cli framework import FILE)</translation>
    </message>
    <message>
        <source>unknown framework &apos;%1&apos;</source>
        <translation>unbekanntes Framework &apos;%1&apos;</translation>
    </message>
    <message>
        <source>framework &apos;%1&apos; is the active one; make another one active before removing it</source>
        <translation>Framework &apos;%1&apos; ist das aktive; mach zuerst ein anderes aktiv, bevor du es entfernst</translation>
    </message>
    <message>
        <source>%1 has no active career framework</source>
        <translation>%1 hat kein aktives Karriere-Framework</translation>
    </message>
</context>
<context>
    <name>FrameworkUseCommand</name>
    <message>
        <source>Make a framework the active one; wins, ratings and goals are kept (skills are matched by slug).</source>
        <translation>Macht ein Framework zum aktiven; Erfolge, Bewertungen und Ziele bleiben erhalten (Fähigkeiten werden über ihr Kürzel zugeordnet).</translation>
    </message>
    <message>
        <source>The framework (see framework list).</source>
        <translation>Das Framework (siehe framework list).</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos; is already the active one.</source>
        <translation>Framework &apos;%1&apos; ist bereits das aktive.</translation>
    </message>
    <message>
        <source>Active framework: %1 (%2; levels: %3, skills: %4).</source>
        <translation>Aktives Framework: %1 (%2; Stufen: %3, Fähigkeiten: %4).</translation>
    </message>
    <message>
        <source>Your level: %1 (%2).</source>
        <translation>Deine Stufe: %1 (%2).</translation>
    </message>
    <message>
        <source>Rated skills of this framework: %1 of %2 (ratings of other skills are kept).</source>
        <translation>Bewertete Fähigkeiten dieses Frameworks: %1 von %2 (Bewertungen anderer Fähigkeiten bleiben erhalten).</translation>
    </message>
    <message>
        <source>Your level in &apos;%1&apos; is not set; its lowest, %2 (%3), stands in until: ladder-cli level set LEVEL</source>
        <translation>Deine Stufe in &apos;%1&apos; ist nicht festgelegt; bis dahin gilt die niedrigste, %2 (%3): ladder-cli level set LEVEL</translation>
    </message>
</context>
<context>
    <name>Frameworks</name>
    <message>
        <source>framework &apos;%1&apos; is already in the database with other content; add --replace to replace it (ratings, goals and wins are kept)</source>
        <translation>Framework &apos;%1&apos; ist schon mit anderem Inhalt in der Datenbank; gib --replace an, um es zu ersetzen (Bewertungen, Ziele und Erfolge bleiben erhalten)</translation>
    </message>
</context>
<context>
    <name>GapCommand</name>
    <message>
        <source>Gap to %1 as of %2</source>
        <translation>Lücke zu %1, Stand %2</translation>
    </message>
    <message>
        <source>No gaps: your ratings reach every expectation of %1.</source>
        <translation>Keine Lücken: deine Bewertungen erreichen jede Erwartung von %1.</translation>
    </message>
    <message>
        <source>SKILL</source>
        <translation>FÄHIGKEIT</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>ERWARTET</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LÜCKE</translation>
    </message>
    <message>
        <source>GOALS</source>
        <translation>ZIELE</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The skills below a level&apos;s bar, largest gap first.</source>
        <translation>Die Fähigkeiten unter der Messlatte einer Stufe, größte Lücke zuerst.</translation>
    </message>
    <message>
        <source>%1 of %2 expected skills below the bar, %3 steps in all; %4 not covered by a goal.</source>
        <translation>%1 von %2 erwarteten Fähigkeiten unter der Messlatte, %3 Schritte insgesamt; %4 nicht durch ein Ziel abgedeckt.</translation>
    </message>
</context>
<context>
    <name>GitLog</name>
    <message>
        <source>git is not installed (no `git` on PATH); the harvest runs it to read the history</source>
        <translation>git ist nicht installiert (kein `git` im PATH); das Einsammeln ruft es auf, um den Verlauf zu lesen</translation>
    </message>
    <message>
        <source>git could not be started: %1</source>
        <translation>git konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1: not a git repository</source>
        <translation>%1: kein git-Repository</translation>
    </message>
    <message>
        <source>%1: git says: %2</source>
        <translation>%1: git meldet: %2</translation>
    </message>
    <message>
        <source>%1: git log failed: %2</source>
        <translation>%1: git log fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Commit %1 (no message)</source>
        <translation>Commit %1 (keine Nachricht)</translation>
    </message>
</context>
<context>
    <name>GoalAddCommand</name>
    <message>
        <source>Add a goal; prints its id.</source>
        <translation>Fügt ein Ziel hinzu; gibt seine ID aus.</translation>
    </message>
    <message>
        <source>Link skill SLUG (repeatable).</source>
        <translation>Verknüpft die Fähigkeit SLUG (wiederholbar).</translation>
    </message>
    <message>
        <source>Due date: 2026-12-31, friday (the coming one), in 2 weeks, ... (not before today).</source>
        <translation>Fälligkeitsdatum: 2026-12-31, friday (der kommende), in 2 weeks, ... (nicht vor heute).</translation>
    </message>
    <message>
        <source>Why, or how (free text).</source>
        <translation>Warum oder wie (freier Text).</translation>
    </message>
    <message>
        <source>Add a milestone (repeatable, in order).</source>
        <translation>Fügt einen Meilenstein hinzu (wiederholbar, der Reihe nach).</translation>
    </message>
    <message>
        <source>What you want to achieve.</source>
        <translation>Was du erreichen willst.</translation>
    </message>
    <message>
        <source>--milestone: a milestone needs a text</source>
        <translation>--milestone: ein Meilenstein braucht einen Text</translation>
    </message>
</context>
<context>
    <name>GoalDoneCommand</name>
    <message>
        <source>Mark a goal done (reached).</source>
        <translation>Markiert ein Ziel als erledigt (erreicht).</translation>
    </message>
</context>
<context>
    <name>GoalDropCommand</name>
    <message>
        <source>Drop a goal (no longer pursued); it stays in the list.</source>
        <translation>Verwirft ein Ziel (nicht mehr verfolgt); es bleibt in der Liste.</translation>
    </message>
</context>
<context>
    <name>GoalEditCommand</name>
    <message>
        <source>Change a goal&apos;s title, due date, note or skills.</source>
        <translation>Ändert Titel, Fälligkeitsdatum, Notiz oder Fähigkeiten eines Ziels.</translation>
    </message>
    <message>
        <source>A new title.</source>
        <translation>Ein neuer Titel.</translation>
    </message>
    <message>
        <source>A new due date: 2026-12-31, friday, in 2 weeks, ... (not before the goal was created).</source>
        <translation>Ein neues Fälligkeitsdatum: 2026-12-31, friday, in 2 weeks, ... (nicht vor der Anlage des Ziels).</translation>
    </message>
    <message>
        <source>Remove the due date.</source>
        <translation>Entfernt das Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>A new note (&apos;&apos; clears it).</source>
        <translation>Eine neue Notiz (&apos;&apos; leert sie).</translation>
    </message>
    <message>
        <source>Link skill SLUG (repeatable).</source>
        <translation>Verknüpft die Fähigkeit SLUG (wiederholbar).</translation>
    </message>
    <message>
        <source>Unlink skill SLUG (repeatable).</source>
        <translation>Löst die Verknüpfung mit der Fähigkeit SLUG (wiederholbar).</translation>
    </message>
    <message>
        <source>The goal&apos;s id.</source>
        <translation>Die ID des Ziels.</translation>
    </message>
    <message>
        <source>goal edit: give at least one of --title, --due, --no-due, --note, --skill, --remove-skill</source>
        <translation>goal edit: gib mindestens eine der Optionen --title, --due, --no-due, --note, --skill, --remove-skill an</translation>
    </message>
    <message>
        <source>goal edit: --due and --no-due contradict each other</source>
        <translation>goal edit: --due und --no-due widersprechen sich</translation>
    </message>
    <message>
        <source>--remove-skill %1: goal %2 is not linked to it (its skills: %3)</source>
        <translation>--remove-skill %1: Ziel %2 ist nicht damit verknüpft (seine Fähigkeiten: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Updated goal %1.</source>
        <translation>Ziel %1 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>GoalJson</name>
    <message>
        <source>%1.%2: must be a date (YYYY-MM-DD) or null, not %3</source>
        <translation>%1.%2: muss ein Datum (YYYY-MM-DD) oder null sein, nicht %3</translation>
    </message>
    <message>
        <source>%1.%2: &apos;%3&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1.%2: &apos;%3&apos; ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>%1.status: must be &quot;open&quot;, &quot;done&quot; or &quot;dropped&quot;, not %2</source>
        <translation>%1.status: muss &quot;open&quot;, &quot;done&quot; oder &quot;dropped&quot; sein, nicht %2</translation>
    </message>
    <message>
        <source>%1.milestones: must be a list, not %2</source>
        <translation>%1.milestones: muss eine Liste sein, nicht %2</translation>
    </message>
    <message>
        <source>%1.milestones: must hold at most %2 entries, not %3</source>
        <translation>%1.milestones: darf höchstens %2 Einträge enthalten, nicht %3</translation>
    </message>
    <message>
        <source>%1: must be an object, not %2</source>
        <translation>%1: muss ein Objekt sein, nicht %2</translation>
    </message>
    <message>
        <source>%1.rating: missing</source>
        <translation>%1.rating: fehlt</translation>
    </message>
    <message>
        <source>%1.date: missing</source>
        <translation>%1.date: fehlt</translation>
    </message>
    <message>
        <source>%1.created_at: must be a timestamp (YYYY-MM-DDTHH:MM:SS.sssZ), not %2</source>
        <translation>%1.created_at: muss ein Zeitstempel sein (YYYY-MM-DDTHH:MM:SS.sssZ), nicht %2</translation>
    </message>
    <message>
        <source>%1.created_at: &apos;%2&apos; is not a timestamp</source>
        <translation>%1.created_at: &apos;%2&apos; ist kein Zeitstempel</translation>
    </message>
</context>
<context>
    <name>GoalListCommand</name>
    <message>
        <source>List goals: open ones first, soonest due first; ! marks overdue.</source>
        <translation>Listet Ziele auf: offene zuerst, die am frühesten fälligen zuerst; ! markiert überfällige.</translation>
    </message>
    <message>
        <source>Only goals with status S: open, done or dropped.</source>
        <translation>Nur Ziele mit dem Status S: open, done oder dropped.</translation>
    </message>
    <message>
        <source>Only goals linked to skill SLUG.</source>
        <translation>Nur Ziele, die mit der Fähigkeit SLUG verknüpft sind.</translation>
    </message>
    <message>
        <source>--status %1: not a status (open, done or dropped)</source>
        <translation>--status %1: kein Status (open, done oder dropped)</translation>
    </message>
</context>
<context>
    <name>GoalMilestoneAddCommand</name>
    <message>
        <source>Add a milestone to a goal; prints its number N.</source>
        <translation>Fügt einem Ziel einen Meilenstein hinzu; gibt seine Nummer N aus.</translation>
    </message>
    <message>
        <source>Due date: 2026-12-31, friday, in 2 weeks, ... (not before the goal was created).</source>
        <translation>Fälligkeitsdatum: 2026-12-31, friday, in 2 weeks, ... (nicht vor der Anlage des Ziels).</translation>
    </message>
    <message>
        <source>The goal&apos;s id.</source>
        <translation>Die ID des Ziels.</translation>
    </message>
    <message>
        <source>The step to take.</source>
        <translation>Der nächste Schritt.</translation>
    </message>
</context>
<context>
    <name>GoalMilestoneDoneCommand</name>
    <message>
        <source>Mark milestone N of a goal done (--undo: open again).</source>
        <translation>Markiert Meilenstein N eines Ziels als erledigt (--undo: wieder offen).</translation>
    </message>
    <message>
        <source>The day it was done (default today).</source>
        <translation>Der Tag, an dem er erledigt wurde (Standard: heute).</translation>
    </message>
    <message>
        <source>Mark it not done.</source>
        <translation>Markiert ihn als nicht erledigt.</translation>
    </message>
    <message>
        <source>The goal&apos;s id.</source>
        <translation>Die ID des Ziels.</translation>
    </message>
    <message>
        <source>The milestone&apos;s number (see goal show).</source>
        <translation>Die Nummer des Meilensteins (siehe goal show).</translation>
    </message>
    <message>
        <source>goal milestone done: --undo takes no --date</source>
        <translation>goal milestone done: --undo nimmt kein --date</translation>
    </message>
    <message>
        <source>goal milestone done %1 %2: there is no milestone %2</source>
        <translation>goal milestone done %1 %2: es gibt keinen Meilenstein %2</translation>
    </message>
    <message>
        <source>goal milestone done %1 %2: not a milestone number (1, 2, ...)</source>
        <translation>goal milestone done %1 %2: keine Meilensteinnummer (1, 2, ...)</translation>
    </message>
    <message>
        <source>Milestone %1 of goal %2 is open again; progress %3.</source>
        <translation>Meilenstein %1 von Ziel %2 ist wieder offen; Fortschritt %3.</translation>
    </message>
    <message>
        <source>Milestone %1 of goal %2 done; progress %3.</source>
        <translation>Meilenstein %1 von Ziel %2 erledigt; Fortschritt %3.</translation>
    </message>
</context>
<context>
    <name>GoalOutput</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>No goals match.</source>
        <translation>Keine passenden Ziele.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>SKILLS</source>
        <translation>FÄHIGKEITEN</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Progress: </source>
        <translation>Fortschritt: </translation>
    </message>
    <message>
        <source>Skills: </source>
        <translation>Fähigkeiten: </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Notiz: </translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>  none (add one: ladder-cli goal milestone add %1 TEXT)</source>
        <translation>  keine (füge einen hinzu: ladder-cli goal milestone add %1 TEXT)</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>Wins (%1)</source>
        <translation>Erfolge (%1)</translation>
    </message>
    <message>
        <source>  none yet (link one: ladder-cli win add TEXT --goal %1)</source>
        <translation>  noch keine (verknüpfe einen: ladder-cli win add TEXT --goal %1)</translation>
    </message>
</context>
<context>
    <name>GoalRemoveCommand</name>
    <message>
        <source>Delete a goal and its milestones; linked wins stay (unlinked).</source>
        <translation>Löscht ein Ziel und seine Meilensteine; verknüpfte Erfolge bleiben (ohne Verknüpfung) erhalten.</translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation>Löscht ohne Rückfrage (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>The goal&apos;s id.</source>
        <translation>Die ID des Ziels.</translation>
    </message>
    <message>
        <source>Delete goal %1 (&quot;%2&quot;, %3 milestones, linked to %4 wins)?</source>
        <translation>Ziel %1 („%2“, %3 Meilensteine, mit %4 Erfolgen verknüpft) löschen?</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted goal %1 (%2 linked wins kept, unlinked).</source>
        <translation>Ziel %1 gelöscht (%2 verknüpfte Erfolge behalten, Verknüpfung gelöst).</translation>
    </message>
</context>
<context>
    <name>GoalShowCommand</name>
    <message>
        <source>Show a goal: milestones, skills and the wins linked to it.</source>
        <translation>Zeigt ein Ziel: Meilensteine, Fähigkeiten und die damit verknüpften Erfolge.</translation>
    </message>
    <message>
        <source>The goal&apos;s id (see goal list).</source>
        <translation>Die ID des Ziels (siehe goal list).</translation>
    </message>
</context>
<context>
    <name>GoalStatusCommand</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>The day it happened (default today).</source>
        <translation>Der Tag, an dem es geschah (Standard: heute).</translation>
    </message>
    <message>
        <source>Open the goal again.</source>
        <translation>Öffnet das Ziel wieder.</translation>
    </message>
    <message>
        <source>The goal&apos;s id.</source>
        <translation>Die ID des Ziels.</translation>
    </message>
    <message>
        <source>%1: --undo takes no --date</source>
        <translation>%1: --undo nimmt kein --date</translation>
    </message>
    <message>
        <source>goal %1 is %2, not %3: nothing to undo</source>
        <translation>Ziel %1 ist %2, nicht %3: nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Goal %1 is open again.</source>
        <translation>Ziel %1 ist wieder offen.</translation>
    </message>
    <message>
        <source>Goal %1 is already %2 (since %3); nothing changed.</source>
        <translation>Ziel %1 ist bereits %2 (seit %3); nichts geändert.</translation>
    </message>
    <message>
        <source>Goal %1 %2 on %3: %4</source>
        <translation>Ziel %1 am %3 %2: %4</translation>
    </message>
</context>
<context>
    <name>GoalStore</name>
    <message>
        <source>date %1 is before goal %2 was created (%3)</source>
        <translation>das Datum %1 liegt vor der Anlage von Ziel %2 (%3)</translation>
    </message>
    <message>
        <source>a goal needs a title</source>
        <translation>ein Ziel braucht einen Titel</translation>
    </message>
    <message>
        <source>due date %1 is before the goal was created (%2)</source>
        <translation>das Fälligkeitsdatum %1 liegt vor der Anlage des Ziels (%2)</translation>
    </message>
    <message>
        <source>goal %1 was deleted meanwhile; nothing was changed</source>
        <translation>Ziel %1 wurde inzwischen gelöscht; nichts wurde geändert</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>goal %1 was changed elsewhere meanwhile (%2); nothing was changed</source>
        <translation>Ziel %1 wurde inzwischen anderswo geändert (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>goal %1 was changed elsewhere meanwhile (status); nothing was changed</source>
        <translation>Ziel %1 wurde inzwischen anderswo geändert (Status); nichts wurde geändert</translation>
    </message>
    <message>
        <source>closing goal %1 needs a valid date</source>
        <translation>das Abschließen von Ziel %1 braucht ein gültiges Datum</translation>
    </message>
    <message>
        <source>no goal with id %1</source>
        <translation>kein Ziel mit der ID %1</translation>
    </message>
    <message>
        <source>a milestone needs a text</source>
        <translation>ein Meilenstein braucht einen Text</translation>
    </message>
    <message>
        <source>due date %1 is before goal %2 was created (%3)</source>
        <translation>das Fälligkeitsdatum %1 liegt vor der Anlage von Ziel %2 (%3)</translation>
    </message>
    <message>
        <source>goal %1 has no milestone %2 (it has %3)</source>
        <translation>Ziel %1 hat keinen Meilenstein %2 (es hat %3)</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>milestone %1 of goal %2 was not stored</source>
        <translation>Meilenstein %1 von Ziel %2 wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>HarvestCommand</name>
    <message>
        <source>Add 1 win from git</source>
        <translation>1 Erfolg aus git hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 wins from git</source>
        <translation>%1 Erfolge aus git hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n wins from git — Ctrl+Z takes them out again</source>
        <translation>
            <numerusform>%n Erfolg aus git hinzugefügt – Strg+Z nimmt ihn wieder heraus</numerusform>
            <numerusform>%n Erfolge aus git hinzugefügt – Strg+Z nimmt sie wieder heraus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took out the %n wins added from git</source>
        <translation>
            <numerusform>Den aus git hinzugefügten Erfolg wieder herausgenommen</numerusform>
            <numerusform>Die %n aus git hinzugefügten Erfolge wieder herausgenommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarvestGitCommand</name>
    <message>
        <source>Propose wins from git history and keep the ones you choose.</source>
        <translation>Schlägt Erfolge aus dem git-Verlauf vor und behält die, die du auswählst.</translation>
    </message>
    <message>
        <source>Only commits by this e-mail (default: the repository&apos;s user.email).</source>
        <translation>Nur Commits mit dieser E-Mail-Adresse (Standard: user.email des Repositorys).</translation>
    </message>
    <message>
        <source>Keep every candidate without asking.</source>
        <translation>Behält jeden Kandidaten ohne Rückfrage.</translation>
    </message>
    <message>
        <source>Repositories to read (default: the current folder).</source>
        <translation>Zu lesende Repositorys (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>harvest git: --all saves and --json only lists: give one of them</source>
        <translation>harvest git: --all speichert und --json listet nur auf: gib eins davon an</translation>
    </message>
    <message>
        <source>harvest git: no terminal to choose on: pass --all to keep every candidate or --json to list them (nothing was saved)</source>
        <translation>harvest git: kein Terminal zum Auswählen: gib --all an, um jeden Kandidaten zu behalten, oder --json, um sie aufzulisten (nichts wurde gespeichert)</translation>
    </message>
    <message>
        <source>No new commits to harvest.</source>
        <translation>Keine neuen Commits zum Einsammeln.</translation>
    </message>
    <message>
        <source>[%1, 1 commit]</source>
        <translation>[%1, 1 Commit]</translation>
    </message>
    <message>
        <source>[%1, %2 commits]</source>
        <translation>[%1, %2 Commits]</translation>
    </message>
    <message>
        <source>Keep which? (e.g. 1,3-5, all, none): </source>
        <translation>Welche behalten? (z. B. 1,3-5, all, none): </translation>
    </message>
    <message>
        <source>Answer with numbers from 1 to %1 (1,3-5), all or none.</source>
        <translation>Antworte mit Nummern von 1 bis %1 (1,3-5), all oder none.</translation>
    </message>
    <message>
        <source>1 win</source>
        <translation>1 Erfolg</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation>%1 Erfolge</translation>
    </message>
    <message>
        <source>1 commit</source>
        <translation>1 Commit</translation>
    </message>
    <message>
        <source>%1 commits</source>
        <translation>%1 Commits</translation>
    </message>
    <message>
        <source>Added %1 from %2.</source>
        <translation>%1 aus %2 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>HarvestGrouping</name>
    <message>
        <source>Merged pull request #%1 from %2</source>
        <translation>Pull-Request #%1 von %2 zusammengeführt</translation>
    </message>
    <message>
        <source>Merged pull request #%1: %2</source>
        <translation>Pull-Request #%1 zusammengeführt: %2</translation>
    </message>
    <message>
        <source>Merged branch %1</source>
        <translation>Branch %1 zusammengeführt</translation>
    </message>
    <message>
        <source>Merged branch %1 into %2</source>
        <translation>Branch %1 in %2 zusammengeführt</translation>
    </message>
    <message>
        <source>%1 and 1 more commit</source>
        <translation>%1 und 1 weiterer Commit</translation>
    </message>
    <message>
        <source>%1 and %2 more commits</source>
        <translation>%1 und %2 weitere Commits</translation>
    </message>
</context>
<context>
    <name>HtmlWriter</name>
    <message>
        <source>Rating vs expectation per skill</source>
        <translation>Bewertung gegenüber Erwartung je Fähigkeit</translation>
    </message>
    <message>
        <source>Overall readiness: %1</source>
        <translation>Gesamtbereitschaft: %1</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Nicht erwartet</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Nothing: every skill %1 expects is met with evidence.</source>
        <translation>Nichts: jede Fähigkeit, die %1 erwartet, ist mit Nachweisen erfüllt.</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No open goals.</source>
        <translation>Keine offenen Ziele.</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Roadmap to %1</source>
        <translation>Fahrplan zu %1</translation>
    </message>
    <message>
        <source>No steps: your ratings already reach %1.</source>
        <translation>Keine Schritte: deine Bewertungen erreichen %1 bereits.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Bring in a file: a ladder export (merged by UUID), or the wins of a jrnl journal, a CSV sheet or a Markdown brag document. Importing the same file again adds nothing.</source>
        <translation>Holt eine Datei herein: einen Ladder-Export (über UUIDs zusammengeführt) oder die Erfolge eines jrnl-Journals, einer CSV-Tabelle oder eines Markdown-Erfolgsdokuments. Ein erneuter Import derselben Datei fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>The file&apos;s format: %1 (default: recognised from the content and the name).</source>
        <translation>Das Format der Datei: %1 (Standard: aus Inhalt und Name erkannt).</translation>
    </message>
    <message>
        <source>jrnl journal files: the journal&apos;s timeformat (default &quot;%Y-%m-%d %H:%M&quot;).</source>
        <translation>jrnl-Journaldateien: das timeformat des Journals (Standard &quot;%Y-%m-%d %H:%M&quot;).</translation>
    </message>
    <message>
        <source>jrnl journal files: the characters that start a tag (default &quot;@&quot;).</source>
        <translation>jrnl-Journaldateien: die Zeichen, mit denen ein Tag beginnt (Standard &quot;@&quot;).</translation>
    </message>
    <message>
        <source>CSV: read FIELD from the column named HEADER (repeatable).</source>
        <translation>CSV: FIELD aus der Spalte namens HEADER lesen (wiederholbar).</translation>
    </message>
    <message>
        <source>Say what would change, change nothing.</source>
        <translation>Sagt, was sich ändern würde, ändert nichts.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Die zu importierende Datei.</translation>
    </message>
    <message>
        <source>import: --format %1: unknown format (known: %2)</source>
        <translation>import: --format %1: unbekanntes Format (bekannt: %2)</translation>
    </message>
    <message>
        <source>import: --tagsymbols: give at least one character</source>
        <translation>import: --tagsymbols: gib mindestens ein Zeichen an</translation>
    </message>
    <message>
        <source>import: --map %1: expected FIELD=HEADER with FIELD one of %2</source>
        <translation>import: --map %1: FIELD=HEADER erwartet, mit FIELD aus %2</translation>
    </message>
    <message>
        <source>import: --map: &apos;%1&apos; is mapped twice</source>
        <translation>import: --map: &apos;%1&apos; ist zweimal zugeordnet</translation>
    </message>
    <message>
        <source>a ladder export</source>
        <translation>ein Ladder-Export</translation>
    </message>
    <message>
        <source>an imported file</source>
        <translation>eine importierte Datei</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Would add</source>
        <translation>Würde hinzufügen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>%1 %2 wins (already present: %3).</source>
        <translation>%1: %2 Erfolge (schon vorhanden: %3).</translation>
    </message>
    <message>
        <source>%1 %2 wins, %3 goals, %4 assessments (already present: %5 wins, %6 goals, %7 assessments); %8.</source>
        <translation>%1 %2 Erfolge, %3 Ziele, %4 Einschätzungen (schon vorhanden: %5 Erfolge, %6 Ziele, %7 Einschätzungen); %8.</translation>
    </message>
    <message>
        <source>1 framework added</source>
        <translation>1 Framework hinzugefügt</translation>
    </message>
    <message>
        <source>%1 frameworks added</source>
        <translation>%1 Frameworks hinzugefügt</translation>
    </message>
    <message>
        <source>Kept as they are here, differing from the file&apos;s: %1 (`ladder-cli framework import FILE --replace` takes a file&apos;s).</source>
        <translation>Unverändert behalten, obwohl die Datei sie anders enthält: %1 (`ladder-cli framework import FILE --replace` übernimmt die der Datei).</translation>
    </message>
</context>
<context>
    <name>ImportWinsCommand</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n wins from %1 (%2 already there) — Ctrl+Z takes them out again</source>
        <translation>
            <numerusform>%n Erfolg aus %1 importiert (%2 schon vorhanden) – Strg+Z nimmt ihn wieder heraus</numerusform>
            <numerusform>%n Erfolge aus %1 importiert (%2 schon vorhanden) – Strg+Z nimmt sie wieder heraus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took out the %n wins imported from %1</source>
        <translation>
            <numerusform>Den aus %1 importierten Erfolg wieder herausgenommen</numerusform>
            <numerusform>Die %n aus %1 importierten Erfolge wieder herausgenommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JrnlReader</name>
    <message>
        <source>%1: %2: duplicate key (a key appears once in an object)</source>
        <translation>%1: %2: doppelter Schlüssel (ein Schlüssel kommt in einem Objekt nur einmal vor)</translation>
    </message>
    <message>
        <source>%1: tags: must be an object of counts, not %2</source>
        <translation>%1: tags: muss ein Objekt aus Anzahlen sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: tags.%2: must be a count, not %3</source>
        <translation>%1: tags.%2: muss eine Anzahl sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: entries: missing (a jrnl export lists its entries there)</source>
        <translation>%1: entries: fehlt (ein jrnl-Export listet dort seine Einträge)</translation>
    </message>
    <message>
        <source>%1: entries: must be a list, not %2</source>
        <translation>%1: entries: muss eine Liste sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: must be an object, not %2</source>
        <translation>%1: muss ein Objekt sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: must be a date YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>%1: muss ein Datum YYYY-MM-DD sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: must be a time HH:MM, not &apos;%2&apos;</source>
        <translation>%1: muss eine Uhrzeit HH:MM sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the same as entries[%2].uuid</source>
        <translation>%1: dieselbe wie entries[%2].uuid</translation>
    </message>
    <message>
        <source>%1:%2: not UTF-8 text</source>
        <translation>%1:%2: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a date in the time format %4: %5</source>
        <translation>%1:%2: &apos;%3&apos; ist kein Datum im Zeitformat %4: %5</translation>
    </message>
    <message>
        <source>%1:%2: text before the first entry; a jrnl entry starts with &quot;[DATE] Title&quot;, the date in the journal&apos;s time format %3</source>
        <translation>%1:%2: Text vor dem ersten Eintrag; ein jrnl-Eintrag beginnt mit &quot;[DATUM] Titel&quot;, das Datum im Zeitformat des Journals %3</translation>
    </message>
</context>
<context>
    <name>JrnlTextWriter</name>
    <message>
        <source>the jrnl journal file</source>
        <translation>die jrnl-Journaldatei</translation>
    </message>
</context>
<context>
    <name>JrnlTimeFormat</name>
    <message>
        <source>time format &apos;%1&apos; ends in a lone %</source>
        <translation>das Zeitformat &apos;%1&apos; endet auf ein einzelnes %</translation>
    </message>
    <message>
        <source>time format &apos;%1&apos;: %%2 is not read by Ladder (it reads %Y %y %m %d %j %H %I %p %M %S %b %B %a %A and %%)</source>
        <translation>Zeitformat &apos;%1&apos;: %%2 liest Ladder nicht (es liest %Y %y %m %d %j %H %I %p %M %S %b %B %a %A und %%)</translation>
    </message>
    <message>
        <source>time format &apos;%1&apos; gives %%2 twice</source>
        <translation>das Zeitformat &apos;%1&apos; gibt %%2 zweimal an</translation>
    </message>
    <message>
        <source>time format &apos;%1&apos; does not give a date: it needs a year (%Y or %y) and a day (%m or %b with %d, or %j)</source>
        <translation>das Zeitformat &apos;%1&apos; ergibt kein Datum: es braucht ein Jahr (%Y oder %y) und einen Tag (%m oder %b mit %d, oder %j)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the name of a month</source>
        <translation>&apos;%1&apos; ist kein Monatsname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the name of a weekday</source>
        <translation>&apos;%1&apos; ist kein Wochentagsname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither AM nor PM</source>
        <translation>&apos;%1&apos; ist weder AM noch PM</translation>
    </message>
    <message>
        <source>hour %1 is not from 1 to 12</source>
        <translation>Stunde %1 liegt nicht zwischen 1 und 12</translation>
    </message>
    <message>
        <source>month %1 is not from 1 to 12</source>
        <translation>Monat %1 liegt nicht zwischen 1 und 12</translation>
    </message>
    <message>
        <source>%1 has no day %2</source>
        <translation>%1 hat keinen Tag %2</translation>
    </message>
    <message>
        <source>hour %1 is not from 0 to 23</source>
        <translation>Stunde %1 liegt nicht zwischen 0 und 23</translation>
    </message>
    <message>
        <source>minute %1 is not from 0 to 59</source>
        <translation>Minute %1 liegt nicht zwischen 0 und 59</translation>
    </message>
    <message>
        <source>second %1 is not from 0 to 61</source>
        <translation>Sekunde %1 liegt nicht zwischen 0 und 61</translation>
    </message>
</context>
<context>
    <name>JsonCheck</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: must be true or false, not %2</source>
        <translation>%1: muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: must be a text, not %2</source>
        <translation>%1: muss ein Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: missing or empty</source>
        <translation>%1: fehlt oder ist leer</translation>
    </message>
    <message>
        <source>%1: must be at most %2 characters, not %3</source>
        <translation>%1: darf höchstens %2 Zeichen haben, nicht %3</translation>
    </message>
    <message>
        <source>%1: must be a list of texts, not %2</source>
        <translation>%1: muss eine Liste von Texten sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: must hold at most %2 entries, not %3</source>
        <translation>%1: darf höchstens %2 Einträge enthalten, nicht %3</translation>
    </message>
    <message>
        <source>%1: must be a non-empty text, not %2</source>
        <translation>%1: muss ein nicht leerer Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1[%2]: &apos;%3&apos; is listed twice</source>
        <translation>%1[%2]: &apos;%3&apos; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>%1: must be a whole number, not %2</source>
        <translation>%1: muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3-%4</source>
        <translation>%1: %2 liegt außerhalb von %3-%4</translation>
    </message>
    <message>
        <source>%1: must be a UUID text, not %2</source>
        <translation>%1: muss ein UUID-Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a UUID (8-4-4-4-12 hexadecimal digits, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301)</source>
        <translation>%1: %2 ist keine UUID (8-4-4-4-12 Hexadezimalziffern, z. B. 3f2504e0-4f89-11d3-9a0c-0305e82c3301)</translation>
    </message>
    <message>
        <source>%1: %2 is not a slug (lower-case letters, digits and single dashes, e.g. system-design)</source>
        <translation>%1: %2 ist kein Kürzel (Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. system-design)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
</context>
<context>
    <name>LadderExport</name>
    <message>
        <source>%1: %2.goals: goal %3 is not in this file</source>
        <translation>%1: %2.goals: Ziel %3 ist nicht in dieser Datei</translation>
    </message>
    <message>
        <source>%1: wins[%2].uuid: &apos;%3&apos; is already the UUID of wins[%4]: a UUID names one win</source>
        <translation>%1: wins[%2].uuid: &apos;%3&apos; ist schon die UUID von wins[%4]: eine UUID benennt einen einzigen Erfolg</translation>
    </message>
    <message>
        <source>%1: (top): expected an object with &quot;format&quot;: &quot;%2&quot;</source>
        <translation>%1: (oberste Ebene): ein Objekt mit &quot;format&quot;: &quot;%2&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: %2: unknown key</source>
        <translation>%1: %2: unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>%1: format: expected &quot;%2&quot;, not %3 (is this a Ladder export? other formats need --format)</source>
        <translation>%1: format: &quot;%2&quot; erwartet, nicht %3 (ist das ein Ladder-Export? andere Formate brauchen --format)</translation>
    </message>
    <message>
        <source>%1: version: must be the number %2, not %3</source>
        <translation>%1: version: muss die Zahl %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: version: %2 is not supported (this Ladder reads version %3)</source>
        <translation>%1: version: %2 wird nicht unterstützt (dieses Ladder liest Version %3)</translation>
    </message>
    <message>
        <source>%1: must be a framework&apos;s slug, not %2</source>
        <translation>%1: muss das Kürzel eines Frameworks sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: must be an object, not %2</source>
        <translation>%1: muss ein Objekt sein, nicht %2</translation>
    </message>
    <message>
        <source>%1: unknown key (allowed here: %2, %3)</source>
        <translation>%1: unbekannter Schlüssel (hier erlaubt: %2, %3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a level&apos;s slug</source>
        <translation>%1: &apos;%2&apos; ist nicht das Kürzel einer Stufe</translation>
    </message>
    <message>
        <source>%1: %2: expected a list, not %3</source>
        <translation>%1: %2: eine Liste erwartet, nicht %3</translation>
    </message>
    <message>
        <source>%1: %2: expected an object</source>
        <translation>%1: %2: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: %2.slug: framework &apos;%3&apos; is already %4</source>
        <translation>%1: %2.slug: Framework &apos;%3&apos; ist schon %4</translation>
    </message>
    <message>
        <source>%1: %2.uuid: &apos;%3&apos; is already the UUID of %4</source>
        <translation>%1: %2.uuid: &apos;%3&apos; ist schon die UUID von %4</translation>
    </message>
    <message>
        <source>%1: %2.uuid: &apos;%3&apos; is already the UUID of %4: a UUID names one rating</source>
        <translation>%1: %2.uuid: &apos;%3&apos; ist schon die UUID von %4: eine UUID benennt eine einzige Bewertung</translation>
    </message>
    <message>
        <source>%1: %2.id: %3 is already the id of %4: wins name their goals by id</source>
        <translation>%1: %2.id: %3 ist schon die ID von %4: Erfolge benennen ihre Ziele über die ID</translation>
    </message>
    <message>
        <source>%1: %2.uuid: &apos;%3&apos; is already the UUID of %4: a UUID names one goal</source>
        <translation>%1: %2.uuid: &apos;%3&apos; ist schon die UUID von %4: eine UUID benennt ein einziges Ziel</translation>
    </message>
    <message>
        <source>%1: wins: cannot be read</source>
        <translation>%1: wins: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2: duplicate key (a key appears once in an object)</source>
        <translation>%1: %2: doppelter Schlüssel (ein Schlüssel kommt in einem Objekt nur einmal vor)</translation>
    </message>
</context>
<context>
    <name>LevelListCommand</name>
    <message>
        <source>The levels of the framework, lowest first; * marks yours.</source>
        <translation>Die Stufen des Frameworks, niedrigste zuerst; * markiert deine.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SKILLS MET</source>
        <translation>FÄHIGKEITEN ERFÜLLT</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
</context>
<context>
    <name>LevelLookup</name>
    <message>
        <source>unknown level &apos;%1&apos; (levels: %2)</source>
        <translation>unbekannte Stufe &apos;%1&apos; (Stufen: %2)</translation>
    </message>
    <message>
        <source>the active framework &apos;%1&apos; has no levels</source>
        <translation>das aktive Framework &apos;%1&apos; hat keine Stufen</translation>
    </message>
</context>
<context>
    <name>LevelSetCommand</name>
    <message>
        <source>Set your current level (gaps and the roadmap start from it).</source>
        <translation>Setzt deine aktuelle Stufe (Lücken und der Fahrplan gehen von ihr aus).</translation>
    </message>
    <message>
        <source>A level of the active framework, by slug or name (see level list).</source>
        <translation>Eine Stufe des aktiven Frameworks, über Kürzel oder Name (siehe level list).</translation>
    </message>
    <message>
        <source>Your level is now %1 (%2).</source>
        <translation>Deine Stufe ist jetzt %1 (%2).</translation>
    </message>
    <message>
        <source>Next: %1 (see: ladder-cli skill list).</source>
        <translation>Als Nächstes: %1 (siehe: ladder-cli skill list).</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <source>Overall readiness: %1</source>
        <translation>Gesamtbereitschaft: %1</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>Nicht erwartet</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Nothing: every skill %1 expects is met with evidence.</source>
        <translation>Nichts: jede Fähigkeit, die %1 erwartet, ist mit Nachweisen erfüllt.</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>No open goals.</source>
        <translation>Keine offenen Ziele.</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Roadmap to %1</source>
        <translation>Fahrplan zu %1</translation>
    </message>
    <message>
        <source>No steps: your ratings already reach %1.</source>
        <translation>Keine Schritte: deine Bewertungen erreichen %1 bereits.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>merge %1: that is this database itself (%2); nothing was changed</source>
        <translation>merge %1: das ist diese Datenbank selbst (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>merge %1: %2; nothing was changed</source>
        <translation>merge %1: %2; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Bring in the wins, ratings, goals and frameworks of another Ladder database; the newer edit wins.</source>
        <translation>Holt die Erfolge, Bewertungen, Ziele und Frameworks einer anderen Ladder-Datenbank herein; die neuere Änderung gewinnt.</translation>
    </message>
    <message>
        <source>Say what would change, change nothing.</source>
        <translation>Sagt, was sich ändern würde, ändert nichts.</translation>
    </message>
    <message>
        <source>The other database file (read only, never changed).</source>
        <translation>Die andere Datenbankdatei (nur gelesen, nie geändert).</translation>
    </message>
    <message>
        <source>merge %1: no such database</source>
        <translation>merge %1: keine solche Datenbank</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>%1 %2: wins %3 added, %4 updated, %5 unchanged; goals %6 added, %7 updated, %8 unchanged; ratings %9 added, %10 unchanged; frameworks %11 added, %12 unchanged.</source>
        <translation>%1 %2: Erfolge %3 hinzugefügt, %4 aktualisiert, %5 unverändert; Ziele %6 hinzugefügt, %7 aktualisiert, %8 unverändert; Bewertungen %9 hinzugefügt, %10 unverändert; Frameworks %11 hinzugefügt, %12 unverändert.</translation>
    </message>
    <message>
        <source>Would merge</source>
        <translation>Würde zusammenführen</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>OutputName</name>
    <message>
        <source>-o %1: this writes %2, but the name says %3; use a .%4 name</source>
        <translation>-o %1: das schreibt %2, aber der Name sagt %3; nimm einen Namen auf .%4</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PdfOptions</name>
    <message>
        <source>PDF paper: a4 or letter (default: a4).</source>
        <translation>PDF-Papier: a4 oder letter (Standard: a4).</translation>
    </message>
    <message>
        <source>--page-size %1: unknown paper (a4 or letter)</source>
        <translation>--page-size %1: unbekanntes Papier (a4 oder letter)</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>PDF output needs a QGuiApplication (the offscreen platform is enough)</source>
        <translation>PDF-Ausgabe braucht eine QGuiApplication (die offscreen-Plattform genügt)</translation>
    </message>
    <message>
        <source>could not paint the PDF</source>
        <translation>das PDF konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>invalid period &apos;%1&apos;: %2</source>
        <translation>ungültiger Zeitraum &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the start is missing</source>
        <translation>der Anfang fehlt</translation>
    </message>
    <message>
        <source>the end is missing</source>
        <translation>das Ende fehlt</translation>
    </message>
    <message>
        <source>start: %1</source>
        <translation>Anfang: %1</translation>
    </message>
    <message>
        <source>end: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>es endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>periods lie within %1..%2</source>
        <translation>Zeiträume liegen innerhalb von %1..%2</translation>
    </message>
    <message>
        <source>years start at 0001</source>
        <translation>Jahre beginnen bei 0001</translation>
    </message>
    <message>
        <source>halves are H1 and H2</source>
        <translation>Halbjahre sind H1 und H2</translation>
    </message>
    <message>
        <source>quarters are Q1 to Q4</source>
        <translation>Quartale sind Q1 bis Q4</translation>
    </message>
    <message>
        <source>months are 01 to 12</source>
        <translation>Monate gehen von 01 bis 12</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos; (try 2026, 2026-H2, 2026-Q3, 2026-11, this-month, last-quarter, 2026-01-01..today, yesterday)</source>
        <translation>unbekannter Zeitraum &apos;%1&apos; (versuche 2026, 2026-H2, 2026-Q3, 2026-11, this-month, last-quarter, 2026-01-01..today, yesterday)</translation>
    </message>
</context>
<context>
    <name>PrintableText</name>
    <message>
        <source>must be printable text, but has the control character U+%1 at character %2</source>
        <translation>muss druckbarer Text sein, hat aber das Steuerzeichen U+%1 an Zeichen %2</translation>
    </message>
    <message>
        <source>must be one line, but has a line break at character %1</source>
        <translation>muss einzeilig sein, hat aber einen Zeilenumbruch an Zeichen %1</translation>
    </message>
</context>
<context>
    <name>Proficiency</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>lernend</translation>
    </message>
    <message>
        <source>practising</source>
        <translation>übend</translation>
    </message>
    <message>
        <source>fluent</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>führend</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unbewertet</translation>
    </message>
</context>
<context>
    <name>ProficiencyScale</name>
    <message>
        <source>rating %1 is outside %2 (%3)</source>
        <translation>Einschätzung %1 liegt außerhalb von %2 (%3)</translation>
    </message>
    <message>
        <source>rating &apos;%1&apos; is not a number %2 (%3)</source>
        <translation>Einschätzung &apos;%1&apos; ist keine Zahl %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RadarChartData</name>
    <message>
        <source>Your rating</source>
        <translation>Deine Bewertung</translation>
    </message>
    <message>
        <source>Expected at %1</source>
        <translation>Erwartet bei %1</translation>
    </message>
</context>
<context>
    <name>RateSkillCommand</name>
    <message>
        <source>Rate %1 %2</source>
        <translation>%1 mit %2 bewerten</translation>
    </message>
    <message>
        <source>Rated %1 %2</source>
        <translation>%1 mit %2 bewertet</translation>
    </message>
    <message>
        <source>Took back the rating of %1</source>
        <translation>Bewertung von %1 zurückgenommen</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>rating %1 of &apos;%2&apos; was not stored</source>
        <translation>Bewertung %1 von &apos;%2&apos; wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>invalid period &apos;%1&apos;: it needs a start and an end on or after it</source>
        <translation>ungültiger Zeitraum &apos;%1&apos;: er braucht einen Anfang und ein Ende an oder nach diesem</translation>
    </message>
</context>
<context>
    <name>ReadinessCommand</name>
    <message>
        <source>How ready you are for a level over a period, with the evidence.</source>
        <translation>Wie bereit du für eine Stufe über einen Zeitraum bist, mit den Nachweisen.</translation>
    </message>
    <message>
        <source>Readiness for %1, %2: %3</source>
        <translation>Bereitschaft für %1, %2: %3</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>READINESS</source>
        <translation>BEREITSCHAFT</translation>
    </message>
    <message>
        <source>MET</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>CLAIMED</source>
        <translation>BEHAUPTET</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LÜCKE</translation>
    </message>
    <message>
        <source>NOT EXPECTED</source>
        <translation>NICHT ERWARTET</translation>
    </message>
    <message>
        <source>SKILL</source>
        <translation>FÄHIGKEIT</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>ERWARTET</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>WINS</source>
        <translation>ERFOLGE</translation>
    </message>
    <message>
        <source>GOALS</source>
        <translation>ZIELE</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ReportBragCommand</name>
    <message>
        <source>Write the brag document: a period&apos;s wins by skill or month.</source>
        <translation>Schreibt das Erfolgsdokument: die Erfolge eines Zeitraums nach Fähigkeit oder Monat.</translation>
    </message>
    <message>
        <source>--group %1: group by skill or month</source>
        <translation>--group %1: nach skill oder month gruppieren</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>%1: -o FILE is required</source>
        <translation>%1: -o FILE ist erforderlich</translation>
    </message>
</context>
<context>
    <name>ReportHandOff</name>
    <message>
        <source>PDF reports are painted by ladder-cli-report</source>
        <translation>PDF-Berichte zeichnet ladder-cli-report</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Plan up to this level only (default: every level above yours).</source>
        <translation>Nur bis zu dieser Stufe planen (Standard: jede Stufe über deiner).</translation>
    </message>
    <message>
        <source>The review period P (2026, 2026-H2, 2026-Q3, this-year, D..D; default: the last 12 months).</source>
        <translation>Der Rückblickzeitraum P (2026, 2026-H2, 2026-Q3, this-year, D..D; Standard: die letzten 12 Monate).</translation>
    </message>
    <message>
        <source>The name in the report&apos;s header (default: the user-name setting).</source>
        <translation>Der Name im Kopf des Berichts (Standard: die Einstellung user-name).</translation>
    </message>
    <message>
        <source>md, html or pdf (default: from the extension of -o).</source>
        <translation>md, html oder pdf (Standard: aus der Endung von -o).</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output, md and html only).</source>
        <translation>Die zu schreibende Datei (&apos;-&apos; für die Standardausgabe, nur md und html).</translation>
    </message>
    <message>
        <source>Group wins by skill or month (default: skill).</source>
        <translation>Erfolge nach skill oder month gruppieren (Standard: skill).</translation>
    </message>
    <message>
        <source>-o %1: say which format with --format md, html or pdf</source>
        <translation>-o %1: gib das Format mit --format md, html oder pdf an</translation>
    </message>
    <message>
        <source>-o %1: the name says %2 but --format is %3; make them agree</source>
        <translation>-o %1: der Name sagt %2, aber --format ist %3; bring beides in Einklang</translation>
    </message>
    <message>
        <source>--format %1: unknown format (md, html or pdf)</source>
        <translation>--format %1: unbekanntes Format (md, html oder pdf)</translation>
    </message>
    <message>
        <source>-o %1: unknown extension &apos;.%2&apos;; use .md, .html or .pdf, or give --format</source>
        <translation>-o %1: unbekannte Endung &apos;.%2&apos;; nimm .md, .html oder .pdf oder gib --format an</translation>
    </message>
    <message>
        <source>-o -: a PDF cannot go to standard output; give -o FILE.pdf</source>
        <translation>-o -: ein PDF kann nicht auf die Standardausgabe gehen; gib -o FILE.pdf an</translation>
    </message>
    <message>
        <source>The level to measure against (default: the level you aim for, else the one above your current level).</source>
        <translation>Die Stufe, an der gemessen wird (Standard: die angestrebte Stufe, sonst die über deiner aktuellen).</translation>
    </message>
</context>
<context>
    <name>ReportReadinessCommand</name>
    <message>
        <source>Write the promotion-readiness summary (Markdown, HTML or PDF).</source>
        <translation>Schreibt die Zusammenfassung der Beförderungsbereitschaft (Markdown, HTML oder PDF).</translation>
    </message>
    <message>
        <source>Add every skill&apos;s wins as an appendix: N per skill, or all (default: only the 3 strongest, inline).</source>
        <translation>Die Erfolge jeder Fähigkeit als Anhang anfügen: N pro Fähigkeit oder all (Standard: nur die 3 stärksten, im Text).</translation>
    </message>
    <message>
        <source>%1: --evidence %2: give a number of wins per skill or &apos;all&apos;</source>
        <translation>%1: --evidence %2: eine Anzahl Erfolge pro Fähigkeit oder &apos;all&apos; angeben</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>claimed, no evidence</source>
        <translation>behauptet, kein Nachweis</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>not expected</source>
        <translation>nicht erwartet</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>nothing expected</source>
        <translation>nichts erwartet</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Promotion readiness: %1</source>
        <translation>Beförderungsbereitschaft: %1</translation>
    </message>
    <message>
        <source>Brag document: %1</source>
        <translation>Erfolgsdokument: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>grouped by month</source>
        <translation>nach Monat gruppiert</translation>
    </message>
    <message>
        <source>grouped by skill</source>
        <translation>nach Fähigkeit gruppiert</translation>
    </message>
    <message>
        <source>Generated %1 by Ladder.</source>
        <translation>Erstellt am %1 von Ladder.</translation>
    </message>
    <message>
        <source>Generated for %1, %2, by Ladder.</source>
        <translation>Erstellt für %1, %2, von Ladder.</translation>
    </message>
    <message>
        <source>%1 expects nothing of this framework&apos;s skills.</source>
        <translation>%1 erwartet nichts von den Fähigkeiten dieses Frameworks.</translation>
    </message>
    <message>
        <source>%1 of 1 expected skill met</source>
        <translation>%1 von 1 erwarteten Fähigkeit erfüllt</translation>
    </message>
    <message>
        <source>%1 of %2 expected skills met</source>
        <translation>%1 von %2 erwarteten Fähigkeiten erfüllt</translation>
    </message>
    <message>
        <source>%1 claimed without evidence</source>
        <translation>%1 ohne Nachweis behauptet</translation>
    </message>
    <message>
        <source>%1 with a gap</source>
        <translation>%1 mit einer Lücke</translation>
    </message>
    <message>
        <source>No wins in this period.</source>
        <translation>Keine Erfolge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 starred</source>
        <translation>%1 mit Stern</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>rated %1 on %2</source>
        <translation>am %2 mit %1 bewertet</translation>
    </message>
    <message>
        <source>Rated %1, at the bar for %2, but no win in the period shows it: log the wins that do.</source>
        <translation>Mit %1 bewertet, auf der Messlatte für %2, aber kein Erfolg im Zeitraum zeigt es: erfasse die Erfolge, die es zeigen.</translation>
    </message>
    <message>
        <source>Not rated yet; %1 expects %2.</source>
        <translation>Noch nicht bewertet; %1 erwartet %2.</translation>
    </message>
    <message>
        <source>Rated %1; %2 expects %3 (1 step short).</source>
        <translation>Mit %1 bewertet; %2 erwartet %3 (1 Schritt darunter).</translation>
    </message>
    <message>
        <source>Rated %1; %2 expects %3 (%4 steps short).</source>
        <translation>Mit %1 bewertet; %2 erwartet %3 (%4 Schritte darunter).</translation>
    </message>
    <message>
        <source>#%1 %2 (due %3, %4 done)</source>
        <translation>#%1 %2 (fällig %3, %4 erledigt)</translation>
    </message>
    <message>
        <source>#%1 %2 (%3 done)</source>
        <translation>#%1 %2 (%3 erledigt)</translation>
    </message>
    <message>
        <source>Due %1 (overdue)</source>
        <translation>Fällig %1 (überfällig)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1 of %2 milestones done</source>
        <translation>%1 von %2 Meilensteinen erledigt</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Wirkung: %1</translation>
    </message>
    <message>
        <source>No wins in the period.</source>
        <translation>Keine Erfolge im Zeitraum.</translation>
    </message>
    <message>
        <source>No goal covers it yet.</source>
        <translation>Noch kein Ziel deckt sie ab.</translation>
    </message>
    <message>
        <source>What would show it at %1:</source>
        <translation>Was es bei %1 zeigen würde:</translation>
    </message>
    <message>
        <source>%1 more skill is not expected at %2.</source>
        <translation>%1 weitere Fähigkeit wird bei %2 nicht erwartet.</translation>
    </message>
    <message>
        <source>%1 more skills are not expected at %2.</source>
        <translation>%1 weitere Fähigkeiten werden bei %2 nicht erwartet.</translation>
    </message>
    <message>
        <source>%1 expected skill is not rated yet.</source>
        <translation>%1 erwartete Fähigkeit ist noch nicht bewertet.</translation>
    </message>
    <message>
        <source>%1 expected skills are not rated yet.</source>
        <translation>%1 erwartete Fähigkeiten sind noch nicht bewertet.</translation>
    </message>
    <message>
        <source>%1 win in the period serves as evidence.</source>
        <translation>%1 Erfolg im Zeitraum dient als Nachweis.</translation>
    </message>
    <message>
        <source>%1 wins in the period serve as evidence.</source>
        <translation>%1 Erfolge im Zeitraum dienen als Nachweis.</translation>
    </message>
    <message>
        <source>%1 skill needs action and no goal covers it yet.</source>
        <translation>%1 Fähigkeit braucht Maßnahmen, und noch kein Ziel deckt sie ab.</translation>
    </message>
    <message>
        <source>%1 skills need action and no goal covers them yet.</source>
        <translation>%1 Fähigkeiten brauchen Maßnahmen, und noch kein Ziel deckt sie ab.</translation>
    </message>
    <message>
        <source>%1 win</source>
        <translation>%1 Erfolg</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation>%1 Erfolge</translation>
    </message>
    <message>
        <source>linked to %1 skill.</source>
        <translation>mit %1 Fähigkeit verknüpft.</translation>
    </message>
    <message>
        <source>linked to %1 skills.</source>
        <translation>mit %1 Fähigkeiten verknüpft.</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>%1 more skill does not apply at %2.</source>
        <translation>%1 weitere Fähigkeit trifft auf %2 nicht zu.</translation>
    </message>
    <message>
        <source>%1 more skills do not apply at %2.</source>
        <translation>%1 weitere Fähigkeiten treffen auf %2 nicht zu.</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <source>%1 more win in the period; the strongest are listed.</source>
        <translation>%1 weiterer Erfolg im Zeitraum; die stärksten sind aufgeführt.</translation>
    </message>
    <message>
        <source>%1 more wins in the period; the strongest are listed.</source>
        <translation>%1 weitere Erfolge im Zeitraum; die stärksten sind aufgeführt.</translation>
    </message>
    <message>
        <source>Each skill with its strongest win of the period: starred first, then those with an impact, then the newest.</source>
        <translation>Jede Fähigkeit mit ihrem stärksten Erfolg im Zeitraum: markierte zuerst, dann solche mit Wirkung, dann die neuesten.</translation>
    </message>
    <message>
        <source>Each skill with its %1 strongest wins of the period: starred first, then those with an impact, then the newest.</source>
        <translation>Jede Fähigkeit mit ihren %1 stärksten Erfolgen im Zeitraum: markierte zuerst, dann solche mit Wirkung, dann die neuesten.</translation>
    </message>
    <message>
        <source>Appendix: the evidence</source>
        <translation>Anhang: die Belege</translation>
    </message>
    <message>
        <source>Every win of the period, per skill, newest first.</source>
        <translation>Jeder Erfolg des Zeitraums, pro Fähigkeit, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>The strongest win of the period, per skill.</source>
        <translation>Der stärkste Erfolg des Zeitraums, pro Fähigkeit.</translation>
    </message>
    <message>
        <source>Up to %1 wins of the period per skill, the strongest, newest first.</source>
        <translation>Bis zu %1 Erfolge des Zeitraums pro Fähigkeit, die stärksten, die neuesten zuerst.</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>level &apos;%1&apos; is not above the current level &apos;%2&apos;</source>
        <translation>Stufe &apos;%1&apos; liegt nicht über der aktuellen Stufe &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>RoadmapCommand</name>
    <message>
        <source>Steps from your level to the next ones, most urgent first.</source>
        <translation>Schritte von deiner Stufe zu den nächsten, dringendste zuerst.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>%1 is the top level: nothing above it to plan.</source>
        <translation>%1 ist die höchste Stufe: darüber gibt es nichts zu planen.</translation>
    </message>
    <message>
        <source>Roadmap from %1, ratings as of %2</source>
        <translation>Fahrplan ab %1, Bewertungen Stand %2</translation>
    </message>
    <message>
        <source>%1 steps in %2 stages; %3 not covered by a goal.</source>
        <translation>%1 Schritte in %2 Etappen; %3 nicht durch ein Ziel abgedeckt.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>%1 steps, total gap %2</source>
        <translation>%1 Schritte, Lücke insgesamt %2</translation>
    </message>
    <message>
        <source>Nothing to grow: your ratings already reach %1.</source>
        <translation>Nichts zu wachsen: deine Bewertungen erreichen %1 bereits.</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <source>SKILL</source>
        <translation>FÄHIGKEIT</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LÜCKE</translation>
    </message>
    <message>
        <source>GOALS</source>
        <translation>ZIELE</translation>
    </message>
    <message>
        <source>FOR EXAMPLE</source>
        <translation>ZUM BEISPIEL</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>SchemaManager</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot upgrade %1: the backup before the upgrade failed: %2</source>
        <translation>%1 kann nicht aktualisiert werden: die Sicherung vor der Aktualisierung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot upgrade %1 from schema version %2 to %3: %4</source>
        <translation>%1 kann nicht von Schemaversion %2 auf %3 aktualisiert werden: %4</translation>
    </message>
    <message>
        <source> (the copy from before the upgrade is %1)</source>
        <translation> (die Kopie von vor der Aktualisierung ist %1)</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Full-text search of wins (title, body, impact, tags).</source>
        <translation>Volltextsuche in Erfolgen (Titel, Text, Wirkung, Tags).</translation>
    </message>
    <message>
        <source>Words (all must match), &quot;quoted phrases&quot;, -excluded, prefix*.</source>
        <translation>Wörter (alle müssen passen), &quot;Phrasen in Anführungszeichen&quot;, -ausgeschlossen, Präfix*.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>search &apos;%1&apos;: %2</source>
        <translation>Suche &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>search &apos;%1&apos;: %2 at character %3</source>
        <translation>Suche &apos;%1&apos;: %2 an Zeichen %3</translation>
    </message>
    <message>
        <source>unbalanced quote</source>
        <translation>unpaariges Anführungszeichen</translation>
    </message>
    <message>
        <source>nothing to look for</source>
        <translation>nichts zu suchen</translation>
    </message>
    <message>
        <source>empty phrase</source>
        <translation>leere Phrase</translation>
    </message>
    <message>
        <source>unexpected &apos;-&apos;</source>
        <translation>unerwartetes &apos;-&apos;</translation>
    </message>
    <message>
        <source>a lone &apos;-&apos;</source>
        <translation>ein einzelnes &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;*&apos; after a phrase</source>
        <translation>&apos;*&apos; nach einer Phrase</translation>
    </message>
    <message>
        <source>a lone &apos;*&apos;</source>
        <translation>ein einzelnes &apos;*&apos;</translation>
    </message>
    <message>
        <source>&apos;*&apos; can only end a word</source>
        <translation>&apos;*&apos; kann nur ein Wort beenden</translation>
    </message>
    <message>
        <source>needs at least one word to look for</source>
        <translation>braucht mindestens ein Wort zum Suchen</translation>
    </message>
</context>
<context>
    <name>SetGoalStatusCommand</name>
    <message>
        <source>Mark goal “%1” done</source>
        <translation>Ziel „%1“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Drop goal “%1”</source>
        <translation>Ziel „%1“ verwerfen</translation>
    </message>
    <message>
        <source>Reopen goal “%1”</source>
        <translation>Ziel „%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Marked goal “%1” done</source>
        <translation>Ziel „%1“ als erledigt markiert</translation>
    </message>
    <message>
        <source>Dropped goal “%1”</source>
        <translation>Ziel „%1“ aufgegeben</translation>
    </message>
    <message>
        <source>Reopened goal “%1”</source>
        <translation>Ziel „%1“ wieder geöffnet</translation>
    </message>
    <message>
        <source>Goal “%1” is done again</source>
        <translation>Ziel „%1“ ist wieder erledigt</translation>
    </message>
    <message>
        <source>Goal “%1” is dropped again</source>
        <translation>Ziel „%1“ ist wieder aufgegeben</translation>
    </message>
    <message>
        <source>Goal “%1” is open again</source>
        <translation>Ziel „%1“ ist wieder offen</translation>
    </message>
</context>
<context>
    <name>SetLevelCommand</name>
    <message>
        <source>Set current level to %1</source>
        <translation>Aktuelle Stufe auf %1 setzen</translation>
    </message>
    <message>
        <source>Your current level is %1</source>
        <translation>Deine aktuelle Stufe ist %1</translation>
    </message>
    <message>
        <source>Your current level is %1 again</source>
        <translation>Deine aktuelle Stufe ist wieder %1</translation>
    </message>
</context>
<context>
    <name>SetLevelsCommand</name>
    <message>
        <source>Set levels: %1, aiming for %2</source>
        <translation>Stufen setzen: %1, angestrebt %2</translation>
    </message>
    <message>
        <source>You are %1, aiming for %2</source>
        <translation>Du bist %1 und strebst %2 an</translation>
    </message>
    <message>
        <source>Your levels are as they were: %1, aiming for %2</source>
        <translation>Deine Stufen sind wieder wie zuvor: %1, angestrebt %2</translation>
    </message>
</context>
<context>
    <name>SkillHistoryCommand</name>
    <message>
        <source>Every rating of a skill, oldest first.</source>
        <translation>Jede Bewertung einer Fähigkeit, älteste zuerst.</translation>
    </message>
    <message>
        <source>The skill (see skill list).</source>
        <translation>Die Fähigkeit (siehe skill list).</translation>
    </message>
    <message>
        <source>%1 expects %2</source>
        <translation>%1 erwartet %2</translation>
    </message>
    <message>
        <source> (not part of framework &apos;%1&apos;)</source>
        <translation> (nicht Teil des Frameworks &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <source>No ratings of %1 yet (rate it: ladder-cli skill rate %1 %2).</source>
        <translation>Noch keine Einschätzungen von %1 (einschätzen: ladder-cli skill rate %1 %2).</translation>
    </message>
</context>
<context>
    <name>SkillListCommand</name>
    <message>
        <source>Each skill: your rating, what your level and the next expect, the gap.</source>
        <translation>Jede Fähigkeit: deine Bewertung, was deine Stufe und die nächste erwarten, die Lücke.</translation>
    </message>
    <message>
        <source>Compare with level L (slug or name) instead of the next level.</source>
        <translation>Mit Stufe L (Kürzel oder Name) statt mit der nächsten Stufe vergleichen.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos; has no skills.</source>
        <translation>Framework &apos;%1&apos; hat keine Fähigkeiten.</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>SKILL</source>
        <translation>FÄHIGKEIT</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>%1 (CURRENT)</source>
        <translation>%1 (AKTUELL)</translation>
    </message>
    <message>
        <source>%1 (TARGET)</source>
        <translation>%1 (ZIEL)</translation>
    </message>
    <message>
        <source>%1 (NEXT)</source>
        <translation>%1 (NÄCHSTE)</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>LÜCKE</translation>
    </message>
    <message>
        <source>You meet every expectation of %1.</source>
        <translation>Du erfüllst jede Erwartung von %1.</translation>
    </message>
    <message>
        <source>Below %1 on %2 of %3 skills; total gap %4.</source>
        <translation>Unter %1 bei %2 von %3 Fähigkeiten; Lücke insgesamt %4.</translation>
    </message>
    <message>
        <source>%1 is the top level.</source>
        <translation>%1 ist die höchste Stufe.</translation>
    </message>
    <message>
        <source>Unrated: %1 (rate with: ladder-cli skill rate SLUG %2).</source>
        <translation>Nicht eingeschätzt: %1 (einschätzen mit: ladder-cli skill rate SLUG %2).</translation>
    </message>
</context>
<context>
    <name>SkillRateCommand</name>
    <message>
        <source>Why this rating (shown in the history).</source>
        <translation>Warum diese Bewertung (im Verlauf gezeigt).</translation>
    </message>
    <message>
        <source>The day the rating is for (default today; not in the future).</source>
        <translation>Der Tag, für den die Bewertung gilt (Standard: heute; nicht in der Zukunft).</translation>
    </message>
    <message>
        <source>The skill (see skill list).</source>
        <translation>Die Fähigkeit (siehe skill list).</translation>
    </message>
    <message>
        <source>Rated %1 %2 on %3</source>
        <translation>%1 am %3 mit %2 bewertet</translation>
    </message>
    <message>
        <source> (before: %1 on %2)</source>
        <translation> (vorher: %1 am %2)</translation>
    </message>
    <message>
        <source>Rate yourself on a skill on its framework&apos;s scale; earlier ratings are kept as history.</source>
        <translation>Dich in einer Fähigkeit auf der Skala ihres Frameworks einschätzen; frühere Einschätzungen bleiben als Verlauf erhalten.</translation>
    </message>
    <message>
        <source>A step of the framework&apos;s scale, the number or the word; the built-in scale is 0 none, 1 learning, 2 practising, 3 fluent, 4 leading.</source>
        <translation>Eine Stufe der Skala des Frameworks, als Zahl oder Wort; die eingebaute Skala ist 0 keine, 1 lernend, 2 übend, 3 sicher, 4 führend.</translation>
    </message>
</context>
<context>
    <name>StarWinsCommand</name>
    <message numerus="yes">
        <source>Star %n wins</source>
        <translation>
            <numerusform>%n Erfolg mit Stern markieren</numerusform>
            <numerusform>%n Erfolge mit Stern markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstar %n wins</source>
        <translation>
            <numerusform>Stern von %n Erfolg entfernen</numerusform>
            <numerusform>Stern von %n Erfolgen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starred %n wins</source>
        <translation>
            <numerusform>%n Erfolg mit Stern markiert</numerusform>
            <numerusform>%n Erfolge mit Stern markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstarred %n wins</source>
        <translation>
            <numerusform>Stern von %n Erfolg entfernt</numerusform>
            <numerusform>Stern von %n Erfolgen entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggestion</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meintest du &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>unknown skill &apos;%1&apos;%2</source>
        <translation>unbekannte Fähigkeit &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>unknown skill &apos;%1&apos; (no framework of this database has it)</source>
        <translation>unbekannte Fähigkeit &apos;%1&apos; (kein Framework dieser Datenbank hat sie)</translation>
    </message>
</context>
<context>
    <name>SystemError</name>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>disk quota used up</source>
        <translation>Speicherkontingent aufgebraucht</translation>
    </message>
    <message>
        <source>the file has reached its size limit (see ulimit -f)</source>
        <translation>die Datei hat ihre Größengrenze erreicht (siehe ulimit -f)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>the reading end was closed</source>
        <translation>das lesende Ende wurde geschlossen</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
</context>
<context>
    <name>TextLines</name>
    <message>
        <source>%1: this line is not UTF-8 text; save the file as UTF-8</source>
        <translation>%1: diese Zeile ist kein UTF-8-Text; speichere die Datei als UTF-8</translation>
    </message>
</context>
<context>
    <name>TextOutput</name>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Wie das &amp;System</translation>
    </message>
</context>
<context>
    <name>ToggleMilestoneCommand</name>
    <message>
        <source>Tick milestone “%1”</source>
        <translation>Meilenstein „%1“ abhaken</translation>
    </message>
    <message>
        <source>Untick milestone “%1”</source>
        <translation>Haken bei Meilenstein „%1“ entfernen</translation>
    </message>
    <message>
        <source>Ticked milestone “%1”</source>
        <translation>Meilenstein „%1“ abgehakt</translation>
    </message>
    <message>
        <source>Unticked milestone “%1”</source>
        <translation>Haken bei Meilenstein „%1“ entfernt</translation>
    </message>
    <message>
        <source>Milestone “%1” is ticked again</source>
        <translation>Meilenstein „%1“ ist wieder abgehakt</translation>
    </message>
    <message>
        <source>Milestone “%1” is open again</source>
        <translation>Meilenstein „%1“ ist wieder offen</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>%1: not a file Ladder can import; say which it is with --format (%2)</source>
        <translation>%1: keine Datei, die Ladder importieren kann; gib ihr Format mit --format an (%2)</translation>
    </message>
    <message>
        <source>backup %1: the file exists; choose a new name</source>
        <translation>Sicherung %1: die Datei existiert; wähle einen neuen Namen</translation>
    </message>
</context>
<context>
    <name>WinAddCommand</name>
    <message>
        <source>Log a win; prints its id.</source>
        <translation>Erfasst einen Erfolg; gibt seine ID aus.</translation>
    </message>
    <message>
        <source>The win: a leading &apos;DATE:&apos; sets the date, @word and #word are tags (and link the skill when word is a skill slug). No TEXT: reads standard input, or opens $EDITOR on a terminal.</source>
        <translation>Der Erfolg: ein führendes &apos;DATUM:&apos; setzt das Datum, @wort und #wort sind Tags (und verknüpfen die Fähigkeit, wenn wort ein Fähigkeitskürzel ist). Ohne TEXT: liest die Standardeingabe oder öffnet $EDITOR in einem Terminal.</translation>
    </message>
    <message>
        <source># Write the win above the scissors line. The first line is its title
# (&quot;yesterday: Led the failover drill @distributed-systems&quot; sets the date,
# a tag and the skill); the lines after it are the body, in Markdown.
# An empty text saves nothing.
</source>
        <translation># Schreib den Erfolg über die Scherenlinie. Die erste Zeile ist sein Titel
# (&quot;yesterday: Led the failover drill @distributed-systems&quot; setzt das Datum,
# ein Tag und die Fähigkeit); die Zeilen danach sind der Text, in Markdown.
# Ein leerer Text speichert nichts.
</translation>
    </message>
    <message>
        <source>the win is empty; nothing was saved</source>
        <translation>der Erfolg ist leer; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>; nothing was saved</source>
        <translation>; nichts wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>WinEditCommand</name>
    <message>
        <source>Change a win: the options given, or all of it in $EDITOR.</source>
        <translation>Ändert einen Erfolg: die angegebenen Optionen oder alles in $EDITOR.</translation>
    </message>
    <message>
        <source>Remove the star.</source>
        <translation>Entfernt den Stern.</translation>
    </message>
    <message>
        <source>Remove tag T.</source>
        <translation>Entfernt das Tag T.</translation>
    </message>
    <message>
        <source>Unlink skill SLUG.</source>
        <translation>Löst die Verknüpfung mit der Fähigkeit SLUG.</translation>
    </message>
    <message>
        <source>Unlink goal ID.</source>
        <translation>Löst die Verknüpfung mit dem Ziel ID.</translation>
    </message>
    <message>
        <source>The win&apos;s id.</source>
        <translation>Die ID des Erfolgs.</translation>
    </message>
    <message>
        <source>A new title (with the same DATE:, @tag syntax as win add).</source>
        <translation>Ein neuer Titel (mit derselben DATE:- und @tag-Syntax wie bei win add).</translation>
    </message>
    <message>
        <source>win edit: give a new TEXT or options (or run it on a terminal to use $EDITOR)</source>
        <translation>win edit: gib einen neuen TEXT oder Optionen an (oder führe es in einem Terminal aus, um $EDITOR zu nutzen)</translation>
    </message>
    <message>
        <source># Edit the win above the scissors line: the first line is its title, the
# rest its body (Markdown). An empty text changes nothing.
</source>
        <translation># Bearbeite den Erfolg über der Scherenlinie: die erste Zeile ist sein Titel,
# der Rest sein Text (Markdown). Ein leerer Text ändert nichts.
</translation>
    </message>
    <message>
        <source>the text is empty; win %1 was not changed</source>
        <translation>der Text ist leer; Erfolg %1 wurde nicht geändert</translation>
    </message>
    <message>
        <source>Updated win %1.</source>
        <translation>Erfolg %1 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>WinFilterOptions</name>
    <message>
        <source>%1 %2: not an id (a whole number such as 12)</source>
        <translation>%1 %2: keine ID (eine ganze Zahl wie 12)</translation>
    </message>
    <message>
        <source>Wins on or after date D.</source>
        <translation>Erfolge am oder nach dem Datum D.</translation>
    </message>
    <message>
        <source>Wins on or before date D.</source>
        <translation>Erfolge am oder vor dem Datum D.</translation>
    </message>
    <message>
        <source>Wins on date D.</source>
        <translation>Erfolge am Datum D.</translation>
    </message>
    <message>
        <source>Wins in period P (2026, 2026-H2, 2026-Q3, 2026-11, this-quarter, D..D).</source>
        <translation>Erfolge im Zeitraum P (2026, 2026-H2, 2026-Q3, 2026-11, this-quarter, D..D).</translation>
    </message>
    <message>
        <source>Wins linked to skill SLUG.</source>
        <translation>Erfolge, die mit der Fähigkeit SLUG verknüpft sind.</translation>
    </message>
    <message>
        <source>Wins tagged T.</source>
        <translation>Erfolge mit dem Tag T.</translation>
    </message>
    <message>
        <source>Wins linked to goal ID.</source>
        <translation>Erfolge, die mit dem Ziel ID verknüpft sind.</translation>
    </message>
    <message>
        <source>Starred wins only.</source>
        <translation>Nur Erfolge mit Stern.</translation>
    </message>
    <message>
        <source>At most N wins (newest first).</source>
        <translation>Höchstens N Erfolge (neueste zuerst).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 liegt vor --from %2</translation>
    </message>
    <message>
        <source>--limit %1: too large (at most %2)</source>
        <translation>--limit %1: zu groß (höchstens %2)</translation>
    </message>
    <message>
        <source>--limit %1: not a positive whole number</source>
        <translation>--limit %1: keine positive ganze Zahl</translation>
    </message>
</context>
<context>
    <name>WinJson</name>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>%1.date: missing</source>
        <translation>%1.date: fehlt</translation>
    </message>
    <message>
        <source>%1.date: must be a date (YYYY-MM-DD), not %2</source>
        <translation>%1.date: muss ein Datum (YYYY-MM-DD) sein, nicht %2</translation>
    </message>
    <message>
        <source>%1.date: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1.date: &apos;%2&apos; ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1.goals: must be a list of goal ids, not %2</source>
        <translation>%1.goals: muss eine Liste von Ziel-IDs sein, nicht %2</translation>
    </message>
    <message>
        <source>%1.goals: must hold at most %2 entries, not %3</source>
        <translation>%1.goals: darf höchstens %2 Einträge enthalten, nicht %3</translation>
    </message>
    <message>
        <source>%1.%2: must be a timestamp (YYYY-MM-DDTHH:MM:SS.sssZ), not %3</source>
        <translation>%1.%2: muss ein Zeitstempel sein (YYYY-MM-DDTHH:MM:SS.sssZ), nicht %3</translation>
    </message>
    <message>
        <source>%1.%2: &apos;%3&apos; is not a timestamp</source>
        <translation>%1.%2: &apos;%3&apos; ist kein Zeitstempel</translation>
    </message>
</context>
<context>
    <name>WinListCommand</name>
    <message>
        <source>List wins, newest first.</source>
        <translation>Listet Erfolge auf, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>WinListPrinter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>SKILLS</source>
        <translation>FÄHIGKEITEN</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>No wins match.</source>
        <translation>Keine passenden Erfolge.</translation>
    </message>
</context>
<context>
    <name>WinMarkdown</name>
    <message>
        <source>Skills: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Wirkung:</translation>
    </message>
</context>
<context>
    <name>WinOptions</name>
    <message>
        <source>When it happened (2026-11-20, yesterday, 3 days ago, last friday).</source>
        <translation>Wann es geschah (2026-11-20, yesterday, 3 days ago, last friday).</translation>
    </message>
    <message>
        <source>What it changed, for whom (shown in reports).</source>
        <translation>Was es verändert hat, für wen (in Berichten gezeigt).</translation>
    </message>
    <message>
        <source>Longer description (Markdown).</source>
        <translation>Längere Beschreibung (Markdown).</translation>
    </message>
    <message>
        <source>Add tag T (repeatable).</source>
        <translation>Fügt das Tag T hinzu (wiederholbar).</translation>
    </message>
    <message>
        <source>Link skill SLUG (repeatable).</source>
        <translation>Verknüpft die Fähigkeit SLUG (wiederholbar).</translation>
    </message>
    <message>
        <source>Link goal ID (repeatable).</source>
        <translation>Verknüpft das Ziel ID (wiederholbar).</translation>
    </message>
    <message>
        <source>Star it: starred wins come first in reports.</source>
        <translation>Markiert ihn mit Stern: Erfolge mit Stern kommen in Berichten zuerst.</translation>
    </message>
</context>
<context>
    <name>WinOutput</name>
    <message>
        <source>Impact: </source>
        <translation>Wirkung: </translation>
    </message>
    <message>
        <source>Skills: </source>
        <translation>Fähigkeiten: </translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>Tags: </translation>
    </message>
    <message>
        <source>Goals: </source>
        <translation>Ziele: </translation>
    </message>
</context>
<context>
    <name>WinReaders</name>
    <message>
        <source>%1: %2 files cannot be read as a list of wins</source>
        <translation>%1: %2-Dateien können nicht als Liste von Erfolgen gelesen werden</translation>
    </message>
</context>
<context>
    <name>WinRemoveCommand</name>
    <message>
        <source>Delete a win.</source>
        <translation>Löscht einen Erfolg.</translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation>Löscht ohne Rückfrage (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>The win&apos;s id.</source>
        <translation>Die ID des Erfolgs.</translation>
    </message>
    <message>
        <source>Delete win %1 (%2, &quot;%3&quot;)?</source>
        <translation>Erfolg %1 (%2, „%3“) löschen?</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted win %1.</source>
        <translation>Erfolg %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>WinShowCommand</name>
    <message>
        <source>Show one win in full (body in Markdown).</source>
        <translation>Zeigt einen Erfolg vollständig (Text in Markdown).</translation>
    </message>
    <message>
        <source>The win&apos;s id (see win list).</source>
        <translation>Die ID des Erfolgs (siehe win list).</translation>
    </message>
</context>
<context>
    <name>WinStore</name>
    <message>
        <source>a win needs a title</source>
        <translation>ein Erfolg braucht einen Titel</translation>
    </message>
    <message>
        <source>a win needs a valid date</source>
        <translation>ein Erfolg braucht ein gültiges Datum</translation>
    </message>
    <message>
        <source>a win&apos;s title has at most %1 characters, not %2</source>
        <translation>der Titel eines Erfolgs hat höchstens %1 Zeichen, nicht %2</translation>
    </message>
    <message>
        <source>a win&apos;s impact has at most %1 characters, not %2</source>
        <translation>die Wirkung eines Erfolgs hat höchstens %1 Zeichen, nicht %2</translation>
    </message>
    <message>
        <source>a win&apos;s text has at most %1 characters, not %2</source>
        <translation>der Text eines Erfolgs hat höchstens %1 Zeichen, nicht %2</translation>
    </message>
    <message>
        <source>a win has at most %1 tags, not %2</source>
        <translation>ein Erfolg hat höchstens %1 Tags, nicht %2</translation>
    </message>
    <message>
        <source>a win links at most %1 skills, not %2</source>
        <translation>ein Erfolg verknüpft höchstens %1 Fähigkeiten, nicht %2</translation>
    </message>
    <message>
        <source>a win links at most %1 goals, not %2</source>
        <translation>ein Erfolg verknüpft höchstens %1 Ziele, nicht %2</translation>
    </message>
    <message>
        <source>a win&apos;s title %1</source>
        <translation>der Titel eines Erfolgs %1</translation>
    </message>
    <message>
        <source>a win&apos;s impact %1</source>
        <translation>die Wirkung eines Erfolgs %1</translation>
    </message>
    <message>
        <source>a win&apos;s text %1</source>
        <translation>der Text eines Erfolgs %1</translation>
    </message>
    <message>
        <source>a win&apos;s tag %1</source>
        <translation>das Tag eines Erfolgs %1</translation>
    </message>
    <message>
        <source>no goal with id %1</source>
        <translation>kein Ziel mit der ID %1</translation>
    </message>
    <message>
        <source>win %1 was deleted meanwhile; nothing was changed</source>
        <translation>Erfolg %1 wurde inzwischen gelöscht; nichts wurde geändert</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>win %1 was changed elsewhere meanwhile (%2); nothing was changed</source>
        <translation>Erfolg %1 wurde inzwischen anderswo geändert (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>no win with id %1</source>
        <translation>kein Erfolg mit der ID %1</translation>
    </message>
    <message>
        <source>no win with UUID %1</source>
        <translation>kein Erfolg mit der UUID %1</translation>
    </message>
</context>
<context>
    <name>WinText</name>
    <message>
        <source>the text starts with a date that is not one: %1</source>
        <translation>der Text beginnt mit einem Datum, das keines ist: %1</translation>
    </message>
    <message>
        <source>the win has no title (only tags were given)</source>
        <translation>der Erfolg hat keinen Titel (nur Tags wurden angegeben)</translation>
    </message>
    <message>
        <source>the win has no title (only a date was given)</source>
        <translation>der Erfolg hat keinen Titel (nur ein Datum wurde angegeben)</translation>
    </message>
    <message>
        <source>the win has no title</source>
        <translation>der Erfolg hat keinen Titel</translation>
    </message>
</context>
<context>
    <name>ladder::CalendarHeatmapWidget</name>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>No wins on %1</source>
        <translation>Keine Erfolge am %1</translation>
    </message>
    <message>
        <source>1 win on %1</source>
        <translation>1 Erfolg am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wins on %1</source>
        <translation>
            <numerusform>%n Erfolg am %1</numerusform>
            <numerusform>%n Erfolge am %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ladder::DashboardView</name>
    <message>
        <source>Current level</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Goals due soon</source>
        <translation>Bald fällige Ziele</translation>
    </message>
    <message>
        <source>Skills with the largest gap</source>
        <translation>Fähigkeiten mit der größten Lücke</translation>
    </message>
    <message>
        <source>Latest wins</source>
        <translation>Neueste Erfolge</translation>
    </message>
    <message>
        <source>Wins this month</source>
        <translation>Erfolge in diesem Monat</translation>
    </message>
    <message>
        <source>Largest gaps</source>
        <translation>Größte Lücken</translation>
    </message>
    <message>
        <source>The top of %1.</source>
        <translation>Die höchste Stufe von %1.</translation>
    </message>
    <message>
        <source>Next: %1, in the %2 framework.</source>
        <translation>Als Nächstes: %1, im Framework %2.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>For %1, over the last 12 months</source>
        <translation>Für %1, über die letzten 12 Monate</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1 erfüllt</translation>
    </message>
    <message>
        <source>%1 claimed without evidence</source>
        <translation>%1 ohne Nachweis behauptet</translation>
    </message>
    <message>
        <source>%1 with a gap</source>
        <translation>%1 mit einer Lücke</translation>
    </message>
    <message>
        <source>%1 unrated</source>
        <translation>%1 unbewertet</translation>
    </message>
    <message>
        <source>%1 so far; %2 in %3.</source>
        <translation>%1 bisher; %2 in %3.</translation>
    </message>
    <message>
        <source>%1  %2%3</source>
        <translation>%1  %2%3</translation>
    </message>
    <message>
        <source>No wins yet: press Ctrl+N to log one.</source>
        <translation>Noch keine Erfolge: drücke Strg+N, um einen zu erfassen.</translation>
    </message>
    <message>
        <source>⚠ %1 — overdue since %2 (%3%)</source>
        <translation>⚠ %1 — überfällig seit %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 — due %2 (%3%)</source>
        <translation>%1 — fällig %2 (%3 %)</translation>
    </message>
    <message>
        <source>Nothing due in the next %1 days.</source>
        <translation>In den nächsten %1 Tagen ist nichts fällig.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>%1 — no due date (%2%)</source>
        <translation>%1 — kein Fälligkeitsdatum (%2 %)</translation>
    </message>
    <message>
        <source>%1: rated %2, %3 expects %4</source>
        <translation>%1: mit %2 bewertet, %3 erwartet %4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>Lücke %1</translation>
    </message>
    <message>
        <source>No gaps to %1. Well done.</source>
        <translation>Keine Lücken zu %1. Gut gemacht.</translation>
    </message>
    <message>
        <source>Wins per day</source>
        <translation>Erfolge pro Tag</translation>
    </message>
    <message>
        <source>&amp;Change level:</source>
        <translation>Stufe &amp;wechseln:</translation>
    </message>
    <message>
        <source>%1 wins from %2 to %3. Click a day, or pick it with the arrow keys and press Enter, to list its wins.</source>
        <translation>%1 Erfolge vom %2 bis %3. Klicke auf einen Tag oder wähle ihn mit den Pfeiltasten und drücke die Eingabetaste, um seine Erfolge aufzulisten.</translation>
    </message>
</context>
<context>
    <name>ladder::EditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved. Throw it away?</source>
        <translation>Was du hier eingegeben hast, ist nicht gespeichert. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>ladder::FirstRunPage</name>
    <message>
        <source>&amp;Import your company&apos;s…</source>
        <translation>Das deiner Firma im&amp;portieren…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Vorerst überspringen</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Karriererahmen</translation>
    </message>
    <message>
        <source>Your level now</source>
        <translation>Deine Stufe jetzt</translation>
    </message>
    <message>
        <source>Level aimed for</source>
        <translation>Angestrebte Stufe</translation>
    </message>
    <message>
        <source>Welcome to Ladder</source>
        <translation>Willkommen bei Ladder</translation>
    </message>
    <message>
        <source>Three things before your journal starts. Readiness and gaps are measured against these; File ▸ Set up… changes them later.</source>
        <translation>Drei Angaben, bevor dein Journal beginnt. Bereitschaft und Lücken werden daran gemessen; Datei ▸ Einrichten… ändert sie später.</translation>
    </message>
    <message>
        <source>Fra&amp;mework:</source>
        <translation>Rah&amp;menwerk:</translation>
    </message>
    <message>
        <source>&amp;Your level now:</source>
        <translation>Deine Stufe &amp;jetzt:</translation>
    </message>
    <message>
        <source>&amp;Aiming for:</source>
        <translation>An&amp;gestrebt:</translation>
    </message>
    <message>
        <source>Import your company&apos;s framework</source>
        <translation>Das Rahmenwerk deiner Firma importieren</translation>
    </message>
    <message>
        <source>Career frameworks (*.json);;All files (*)</source>
        <translation>Karriererahmen (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ladder::GapBarDelegate</name>
    <message>
        <source>gap %1</source>
        <translation>Lücke %1</translation>
    </message>
    <message>
        <source>✓ at target</source>
        <translation>✓ am Ziel</translation>
    </message>
    <message>
        <source> (unrated)</source>
        <translation> (unbewertet)</translation>
    </message>
</context>
<context>
    <name>ladder::GoalChecklist</name>
    <message>
        <source>No open goals yet</source>
        <translation>Noch keine offenen Ziele</translation>
    </message>
</context>
<context>
    <name>ladder::GoalEditDialog</name>
    <message>
        <source>D&amp;ue by</source>
        <translation>Fälli&amp;g bis</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Lead the next failover drill</source>
        <translation>z. B. Die nächste Failover-Übung leiten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>Milestones, one per line</source>
        <translation>Meilensteine, einer pro Zeile</translation>
    </message>
    <message>
        <source>One milestone per line</source>
        <translation>Ein Meilenstein pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Meilensteine:</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
    <message>
        <source>Unknown skill: %1</source>
        <translation>Unbekannte Fähigkeit: %1</translation>
    </message>
</context>
<context>
    <name>ladder::GoalListModel</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
</context>
<context>
    <name>ladder::GoalsView</name>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Show goals</source>
        <translation>Ziele anzeigen</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>A new milestone; Enter adds it</source>
        <translation>Ein neuer Meilenstein; Enter fügt ihn hinzu</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>Wins behind this goal</source>
        <translation>Erfolge hinter diesem Ziel</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Wins behind it</source>
        <translation>Erfolge dahinter</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <source>Select a goal</source>
        <translation>Wähle ein Ziel aus</translation>
    </message>
    <message>
        <source>Create one with “New goal…”, or from a step of the Roadmap.</source>
        <translation>Lege eines mit „Neues Ziel…“ an oder aus einem Schritt des Fahrplans.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>angelegt %1</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <source>  (done %1)</source>
        <translation>  (erledigt %1)</translation>
    </message>
    <message>
        <source>  (due %1)</source>
        <translation>  (fällig %1)</translation>
    </message>
    <message>
        <source>No milestones yet: add the first below.</source>
        <translation>Noch keine Meilensteine: füge unten den ersten hinzu.</translation>
    </message>
    <message>
        <source>No linked skills.</source>
        <translation>Keine verknüpften Fähigkeiten.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No wins linked yet.</source>
        <translation>Noch keine verknüpften Erfolge.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>Ziel &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>De&amp;lete goal</source>
        <translation>Ziel &amp;löschen</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>&amp;Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Tick or untick milestone</source>
        <translation>Meilenstein &amp;abhaken oder zurücknehmen</translation>
    </message>
</context>
<context>
    <name>ladder::HarvestDialog</name>
    <message>
        <source>Harvest from git</source>
        <translation>Aus git einsammeln</translation>
    </message>
    <message>
        <source>A git repository folder</source>
        <translation>Ein Ordner mit einem git-Repository</translation>
    </message>
    <message>
        <source>Every author</source>
        <translation>Alle Autoren</translation>
    </message>
    <message>
        <source>2026, 2026-H2, 2026-Q3, 2026-11, this-year, last-quarter or D..D</source>
        <translation>2026, 2026-H2, 2026-Q3, 2026-11, this-year, last-quarter oder D..D</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Find commits</source>
        <translation>Commits &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Add wins</source>
        <translation>Erfolge hinzufügen</translation>
    </message>
    <message>
        <source>Choose a git repository</source>
        <translation>Wähle ein git-Repository</translation>
    </message>
    <message>
        <source>1 commit</source>
        <translation>1 Commit</translation>
    </message>
    <message>
        <source>%1 commits</source>
        <translation>%1 Commits</translation>
    </message>
    <message>
        <source>No new commits to harvest.</source>
        <translation>Keine neuen Commits zum Einsammeln.</translation>
    </message>
    <message>
        <source>Check the ones worth keeping as wins.</source>
        <translation>Hake die an, die es wert sind, als Erfolge behalten zu werden.</translation>
    </message>
    <message>
        <source>Add 1 win</source>
        <translation>1 Erfolg hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 wins</source>
        <translation>%1 Erfolge hinzufügen</translation>
    </message>
</context>
<context>
    <name>ladder::ImportDialog</name>
    <message>
        <source>jrnl &amp;time format:</source>
        <translation>jrnl-&amp;Zeitformat:</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Recognise from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>jrnl (JSON export or journal file)</source>
        <translation>jrnl (JSON-Export oder Journaldatei)</translation>
    </message>
    <message>
        <source>CSV sheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Markdown brag document</source>
        <translation>Markdown-Erfolgsdokument</translation>
    </message>
    <message>
        <source>Ladder export</source>
        <translation>Ladder-Export</translation>
    </message>
    <message>
        <source>jrnl time format</source>
        <translation>jrnl-Zeitformat</translation>
    </message>
    <message>
        <source>Entries to import</source>
        <translation>Zu importierende Einträge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags and skills</source>
        <translation>Tags und Fähigkeiten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 new wins, %3 already imported.</source>
        <translation>
            <numerusform>%1: %2 neue Erfolge, %3 schon importiert.</numerusform>
            <numerusform>%1: %2 neue Erfolge, %3 schon importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n wins</source>
        <translation>
            <numerusform>%n Erfolg importieren</numerusform>
            <numerusform>%n Erfolge importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>schon importiert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>ladder::MainWindow</name>
    <message>
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Fahrplan</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;Log a win…</source>
        <translation>Erfolg e&amp;rfassen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Harvest from git…</source>
        <translation>Aus &amp;git einsammeln…</translation>
    </message>
    <message>
        <source>&amp;Merge another database…</source>
        <translation>Andere Datenbank zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Wins as a &amp;Markdown brag document…</source>
        <translation>Erfolge als &amp;Markdown-Erfolgsdokument…</translation>
    </message>
    <message>
        <source>Wins as &amp;CSV…</source>
        <translation>Erfolge als &amp;CSV…</translation>
    </message>
    <message>
        <source>Wins as &amp;jrnl JSON…</source>
        <translation>Erfolge als &amp;jrnl-JSON…</translation>
    </message>
    <message>
        <source>&amp;Everything as a Ladder export…</source>
        <translation>&amp;Alles als Ladder-Export…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find wins…</source>
        <translation>Erfolge &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ladder</source>
        <translation>&amp;Über Ladder</translation>
    </message>
    <message>
        <source>&amp;Show Ladder</source>
        <translation>Ladder &amp;anzeigen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>%1 — Ladder</source>
        <translation>%1 — Ladder</translation>
    </message>
    <message>
        <source>New Ladder database</source>
        <translation>Neue Ladder-Datenbank</translation>
    </message>
    <message>
        <source>Ladder databases (*.db);;All files (*)</source>
        <translation>Ladder-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File ▸ Open, or choose a new name.</source>
        <translation>%1 existiert schon. Öffne sie mit Datei ▸ Öffnen oder wähle einen neuen Namen.</translation>
    </message>
    <message>
        <source>Open a Ladder database</source>
        <translation>Eine Ladder-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Die Datenbank sichern</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
    <message>
        <source>Journals and brag documents (*.json *.txt *.csv *.tsv *.md *.markdown);;All files (*)</source>
        <translation>Journale und Erfolgsdokumente (*.json *.txt *.csv *.tsv *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>an imported file</source>
        <translation>eine importierte Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>*.%1 files (*.%1);;All files (*)</source>
        <translation>*.%1-Dateien (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Merge another database</source>
        <translation>Andere Datenbank zusammenführen</translation>
    </message>
    <message>
        <source>%1

Merge now?</source>
        <translation>%1

Jetzt zusammenführen?</translation>
    </message>
    <message>
        <source>About Ladder</source>
        <translation>Über Ladder</translation>
    </message>
    <message>
        <source>Ladder: a career-growth planner for software engineers.</source>
        <translation>Ladder: ein Karriereplaner für Softwareentwickler.</translation>
    </message>
    <message>
        <source>The database to open (created when missing). Default: $LADDER_DB, else the last one used, else ~/.local/share/ladder/ladder.db.</source>
        <translation>Die zu öffnende Datenbank (wird angelegt, wenn sie fehlt). Standard: $LADDER_DB, sonst die zuletzt benutzte, sonst ~/.local/share/ladder/ladder.db.</translation>
    </message>
    <message>
        <source>The database to open, as with --db.</source>
        <translation>Die zu öffnende Datenbank, wie mit --db.</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>Einrich&amp;ten…</translation>
    </message>
    <message>
        <source>Wins as a jrnl journal &amp;file…</source>
        <translation>Erfolge als jrnl-Journal&amp;datei…</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine geöffnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ladder %1&lt;/h3&gt;&lt;p&gt;A local-first career-growth planner: a career framework, self-assessments, goals and a wins journal in one private file.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;br&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ladder %1&lt;/h3&gt;&lt;p&gt;Ein lokaler Planer für die berufliche Entwicklung: ein Karriererahmen, Selbsteinschätzungen, Ziele und ein Erfolgsjournal in einer privaten Datei.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später.&lt;br&gt;Gebaut mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Datenbank: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>Z&amp;iel</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>&amp;Gehe zu Datum…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
</context>
<context>
    <name>ladder::OutputFile</name>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>%1 kann nicht geschrieben werden: %2; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the output file name is empty</source>
        <translation>der Name der Ausgabedatei ist leer</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ladder::QuickAddDialog</name>
    <message>
        <source>S&amp;tar this win</source>
        <translation>Mit &amp;Stern markieren</translation>
    </message>
    <message>
        <source>Log a win</source>
        <translation>Erfolg erfassen</translation>
    </message>
    <message>
        <source>yesterday: Led the failover drill @distributed-systems</source>
        <translation>yesterday: Failover-Übung geleitet @distributed-systems</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What happened, in Markdown (optional)</source>
        <translation>Was geschah, in Markdown (optional)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>e.g. p99 from 2 s to 900 ms</source>
        <translation>z. B. p99 von 2 s auf 900 ms</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Wirkung:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>Datum %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>skills %1</source>
        <translation>Fähigkeiten %1</translation>
    </message>
    <message>
        <source>Type a title first.</source>
        <translation>Gib zuerst einen Titel ein.</translation>
    </message>
    <message>
        <source>Unknown skill: %1</source>
        <translation>Unbekannte Fähigkeit: %1</translation>
    </message>
    <message>
        <source>Discard this win?</source>
        <translation>Diesen Erfolg verwerfen?</translation>
    </message>
    <message>
        <source>The win you typed has not been saved. Throw it away?</source>
        <translation>Der Erfolg, den du eingegeben hast, wurde nicht gespeichert. Wegwerfen?</translation>
    </message>
    <message>
        <source>A leading DATE: sets the date (today, yesterday, 3 days ago, last friday, 2026-11-20); @word and #word are tags, and link the skill when word is a skill slug; the tags ending the title are taken out of it.</source>
        <translation>Ein führendes DATUM: setzt das Datum (today, yesterday, 3 days ago, last friday, 2026-11-20); @wort und #wort sind Tags und verknüpfen die Fähigkeit, wenn wort ein Fähigkeitskürzel ist; die Tags am Ende des Titels werden aus ihm herausgenommen.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>ladder::RadarChartWidget</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>This level expects no skills.</source>
        <translation>Diese Stufe erwartet keine Fähigkeiten.</translation>
    </message>
</context>
<context>
    <name>ladder::RateSkillDialog</name>
    <message>
        <source>Rate a skill</source>
        <translation>Eine Fähigkeit bewerten</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>why this rating (optional)</source>
        <translation>warum diese Bewertung (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>&amp;Fähigkeit:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <source>%1 expects %2</source>
        <translation>%1 erwartet %2</translation>
    </message>
    <message>
        <source>; %1 expects %2</source>
        <translation>; %1 erwartet %2</translation>
    </message>
</context>
<context>
    <name>ladder::ReadinessView</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Review period</source>
        <translation>Rückblickzeitraum</translation>
    </message>
    <message>
        <source>A preset, or a period as ladder-cli takes it: 2026, 2026-H2, 2026-Q3, 2026-11, 2026-01-01..today</source>
        <translation>Eine Vorgabe oder ein Zeitraum, wie ladder-cli ihn nimmt: 2026, 2026-H2, 2026-Q3, 2026-11, 2026-01-01..today</translation>
    </message>
    <message>
        <source>Readiness summary</source>
        <translation>Bereitschaftszusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>&amp;Zielstufe:</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>Die Zusammenfassung als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export the summary as HTML</source>
        <translation>Die Zusammenfassung als HTML exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Export the summary as Markdown</source>
        <translation>Die Zusammenfassung als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Readiness for %1</source>
        <translation>Bereitschaft für %1</translation>
    </message>
    <message>
        <source>Print the readiness summary</source>
        <translation>Die Bereitschaftszusammenfassung drucken</translation>
    </message>
    <message>
        <source>Export HTM&amp;L…</source>
        <translation>Als HTM&amp;L exportieren…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message numerus="yes">
        <source>The summary shows each skill&apos;s %n strongest wins; an appendix lists more of them.</source>
        <translation>
            <numerusform>Die Zusammenfassung zeigt den stärksten Erfolg jeder Fähigkeit; ein Anhang führt mehr auf.</numerusform>
            <numerusform>Die Zusammenfassung zeigt die %n stärksten Erfolge jeder Fähigkeit; ein Anhang führt mehr auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Strongest %n per skill</source>
        <translation>
            <numerusform>Der stärkste pro Fähigkeit</numerusform>
            <numerusform>Die %n stärksten pro Fähigkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Appendix with %n per skill</source>
        <translation>
            <numerusform>Anhang mit %n pro Fähigkeit</numerusform>
            <numerusform>Anhang mit %n pro Fähigkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Appendix with every win</source>
        <translation>Anhang mit jedem Erfolg</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Bele&amp;ge:</translation>
    </message>
    <message>
        <source>Revie&amp;w period:</source>
        <translation>Be&amp;wertungszeitraum:</translation>
    </message>
</context>
<context>
    <name>ladder::RoadmapModel</name>
    <message>
        <source>To %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>nothing to do: every expectation is met</source>
        <translation>nichts zu tun: jede Erwartung ist erfüllt</translation>
    </message>
    <message>
        <source>every step has a goal</source>
        <translation>jeder Schritt hat ein Ziel</translation>
    </message>
    <message>
        <source>1 step without a goal</source>
        <translation>1 Schritt ohne Ziel</translation>
    </message>
    <message>
        <source>%1 steps without a goal</source>
        <translation>%1 Schritte ohne Ziel</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <source>⚠ uncovered: no open goal</source>
        <translation>⚠ nicht abgedeckt: kein offenes Ziel</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>ladder::RoadmapView</name>
    <message>
        <source>&amp;Make a goal from this step</source>
        <translation>Aus diesem Schritt ein Ziel &amp;machen</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Fahrplan</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Ausgewählter Schritt</translation>
    </message>
    <message>
        <source>Create an open goal on this skill, with the level&apos;s example behaviours as milestones</source>
        <translation>Legt ein offenes Ziel für diese Fähigkeit an, mit den Beispielverhaltensweisen der Stufe als Meilensteinen</translation>
    </message>
    <message>
        <source>You are at the top level, %1: there is no level above to plan for.</source>
        <translation>Du bist auf der höchsten Stufe, %1: es gibt keine Stufe darüber, für die du planen könntest.</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>From %1 to %2: %3, a total gap of %4.</source>
        <translation>Von %1 zu %2: %3, eine Lücke von insgesamt %4.</translation>
    </message>
    <message>
        <source>1 step has no goal yet (⚠).</source>
        <translation>1 Schritt hat noch kein Ziel (⚠).</translation>
    </message>
    <message>
        <source>%1 steps have no goal yet (⚠).</source>
        <translation>%1 Schritte haben noch kein Ziel (⚠).</translation>
    </message>
    <message>
        <source>Every step has a goal.</source>
        <translation>Jeder Schritt hat ein Ziel.</translation>
    </message>
    <message>
        <source>### Select a step

Its suggested actions and the goals that cover it show here.</source>
        <translation>### Wähle einen Schritt aus

Seine vorgeschlagenen Maßnahmen und die Ziele, die ihn abdecken, erscheinen hier.</translation>
    </message>
    <message>
        <source>### %1 for %2</source>
        <translation>### %1 für %2</translation>
    </message>
    <message>
        <source>From **%1** to **%2** (gap %3).</source>
        <translation>Von **%1** auf **%2** (Lücke %3).</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <source>**Suggested actions**</source>
        <translation>**Vorgeschlagene Maßnahmen**</translation>
    </message>
    <message>
        <source>⚠ **No open goal covers this skill.** Make one from this step to plan it.</source>
        <translation>⚠ **Kein offenes Ziel deckt diese Fähigkeit ab.** Mach aus diesem Schritt eines, um sie zu planen.</translation>
    </message>
    <message>
        <source>- %1 (%2% done)</source>
        <translation>- %1 (%2 % erledigt)</translation>
    </message>
    <message>
        <source>**Covered by**</source>
        <translation>**Abgedeckt durch**</translation>
    </message>
    <message>
        <source>Reach %1 in %2 for %3</source>
        <translation>%1 in %2 für %3 erreichen</translation>
    </message>
    <message>
        <source>From the roadmap: raise %1 from %2 to %3.</source>
        <translation>Aus dem Fahrplan: %1 von %2 auf %3 heben.</translation>
    </message>
</context>
<context>
    <name>ladder::SavedFileNote</name>
    <message>
        <source>Saved file</source>
        <translation>Gespeicherte Datei</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>ladder::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
</context>
<context>
    <name>ladder::SkillHistoryChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
</context>
<context>
    <name>ladder::SkillPicker</name>
    <message>
        <source>skill slugs, e.g. debugging, monitoring</source>
        <translation>Fähigkeitskürzel, z. B. debugging, monitoring</translation>
    </message>
</context>
<context>
    <name>ladder::SkillTreeModel</name>
    <message>
        <source>all at target</source>
        <translation>alle am Ziel</translation>
    </message>
    <message>
        <source>1 below target</source>
        <translation>1 unter dem Ziel</translation>
    </message>
    <message>
        <source>%1 below target</source>
        <translation>%1 unter dem Ziel</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <source>at target</source>
        <translation>am Ziel</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>Lücke %1</translation>
    </message>
    <message>
        <source>Your latest rating</source>
        <translation>Deine neueste Bewertung</translation>
    </message>
    <message>
        <source>What %1 (your current level) expects</source>
        <translation>Was %1 (deine aktuelle Stufe) erwartet</translation>
    </message>
    <message>
        <source>What %1 (the target level) expects</source>
        <translation>Was %1 (die Zielstufe) erwartet</translation>
    </message>
    <message>
        <source>Your rating against what %1 expects</source>
        <translation>Deine Bewertung gegenüber dem, was %1 erwartet</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Gap to %1</source>
        <translation>Lücke zu %1</translation>
    </message>
</context>
<context>
    <name>ladder::SkillsView</name>
    <message>
        <source>&amp;Rate…</source>
        <translation>&amp;Bewerten…</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Rate the selected skill with a note and a date (Ctrl+R)</source>
        <translation>Die ausgewählte Fähigkeit mit Notiz und Datum bewerten (Strg+R)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Rating history</source>
        <translation>Bewertungsverlauf</translation>
    </message>
    <message>
        <source>Radar of ratings against the target level</source>
        <translation>Netzdiagramm der Bewertungen gegenüber der Zielstufe</translation>
    </message>
    <message>
        <source>Rate it now</source>
        <translation>Jetzt bewerten</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>%1 bewerten</translation>
    </message>
    <message>
        <source>Rating date</source>
        <translation>Bewertungsdatum</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Rating note</source>
        <translation>Bewertungsnotiz</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Your ratings against what the target level expects, one spoke per expected skill.</source>
        <translation>Deine Bewertungen gegenüber dem, was die Zielstufe erwartet, eine Speiche pro erwarteter Fähigkeit.</translation>
    </message>
    <message>
        <source>R&amp;adar</source>
        <translation>Netz&amp;diagramm</translation>
    </message>
    <message>
        <source>&amp;Target level:</source>
        <translation>&amp;Zielstufe:</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Deine Bewertung</translation>
    </message>
    <message>
        <source>Expected at %1</source>
        <translation>Erwartet bei %1</translation>
    </message>
    <message>
        <source>Select a skill</source>
        <translation>Wähle eine Fähigkeit aus</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Rated %1 on %2</source>
        <translation>Am %2 mit %1 bewertet</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: „%1“</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
</context>
<context>
    <name>ladder::UserGuideDialog</name>
    <message>
        <source>Ladder user guide</source>
        <translation>Ladder-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>ladder::WinEditDialog</name>
    <message>
        <source>S&amp;tarred</source>
        <translation>Mit S&amp;tern</translation>
    </message>
    <message>
        <source>Edit win</source>
        <translation>Erfolg bearbeiten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>tags separated by spaces</source>
        <translation>Tags, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>I&amp;mpact:</source>
        <translation>&amp;Wirkung:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>A win needs a title.</source>
        <translation>Ein Erfolg braucht einen Titel.</translation>
    </message>
    <message>
        <source>Unknown skill: %1</source>
        <translation>Unbekannte Fähigkeit: %1</translation>
    </message>
</context>
<context>
    <name>ladder::WinFilterBar</name>
    <message>
        <source>&amp;Starred only</source>
        <translation>Nur mit S&amp;tern</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, -exclude, prefix*</source>
        <translation>Suche: Wörter, &quot;eine Phrase&quot;, -ausschließen, Präfix*</translation>
    </message>
    <message>
        <source>Search wins</source>
        <translation>Erfolge durchsuchen</translation>
    </message>
    <message>
        <source>The same search as ladder-cli search: words (all must match), &quot;quoted phrases&quot;, -word to exclude, prefix* to match the start of words.</source>
        <translation>Dieselbe Suche wie ladder-cli search: Wörter (alle müssen passen), &quot;Phrasen in Anführungszeichen&quot;, -wort zum Ausschließen, präfix* für Wortanfänge.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>A preset, or a period as ladder-cli takes it: 2026, 2026-H2, 2026-Q3, 2026-11, 2026-01-01..today</source>
        <translation>Eine Vorgabe oder ein Zeitraum, wie ladder-cli ihn nimmt: 2026, 2026-H2, 2026-Q3, 2026-11, 2026-01-01..today</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>Alle Fähigkeiten</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Filterfehler</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Such&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>ladder::WinListModel</name>
    <message>
        <source>Starred (click to unstar)</source>
        <translation>Mit Stern (klicken, um den Stern zu entfernen)</translation>
    </message>
    <message>
        <source>Not starred (click to star)</source>
        <translation>Ohne Stern (klicken, um mit Stern zu markieren)</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>mit Stern</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>ohne Stern</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>ladder::WinsView</name>
    <message>
        <source>&amp;Log a win…</source>
        <translation>Erfolg e&amp;rfassen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>St&amp;ar</source>
        <translation>&amp;Stern setzen</translation>
    </message>
    <message>
        <source>Toggle s&amp;tar</source>
        <translation>S&amp;tern umschalten</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Selected win</source>
        <translation>Ausgewählter Erfolg</translation>
    </message>
    <message>
        <source>### No wins yet

Press **Ctrl+N** to log your first one.</source>
        <translation>### Noch keine Erfolge

Drücke **Strg+N**, um deinen ersten zu erfassen.</translation>
    </message>
    <message>
        <source>### No wins match

Change the search or the filters.</source>
        <translation>### Keine passenden Erfolge

Ändere die Suche oder die Filter.</translation>
    </message>
    <message>
        <source>### Select a win

Its full text, impact and links show here.</source>
        <translation>### Wähle einen Erfolg aus

Sein vollständiger Text, seine Wirkung und Verknüpfungen erscheinen hier.</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>1 win matches</source>
        <translation>1 Erfolg passt</translation>
    </message>
    <message>
        <source>%1 wins match</source>
        <translation>%1 Erfolge passen</translation>
    </message>
    <message>
        <source>1 win</source>
        <translation>1 Erfolg</translation>
    </message>
    <message>
        <source>%1 wins</source>
        <translation>%1 Erfolge</translation>
    </message>
    <message>
        <source>Select the wins of a day (Ctrl+G)</source>
        <translation>Die Erfolge eines Tages auswählen (Strg+G)</translation>
    </message>
    <message>
        <source>No wins to go to</source>
        <translation>Keine Erfolge, zu denen gesprungen werden kann</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <source>Show the wins of &amp;day:</source>
        <translation>Die Erfolge vom &amp;Tag zeigen:</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <source>### %1 wins selected

Star or delete them together.</source>
        <translation>### %1 Erfolge ausgewählt

Markiere oder lösche sie gemeinsam.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>Go &amp;to date…</source>
        <translation>&amp;Gehe zu Datum…</translation>
    </message>
</context>
</TS>
