<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>BatchComments</name>
        <message>
            <source>User %1 (roles: %2) may not comment on batch records.</source>
            <translation>Benutzer %1 (Rollen: %2) darf Chargenprotokolle nicht kommentieren.</translation>
        </message>
        <message>
            <source>A comment needs a text.</source>
            <translation>Ein Kommentar braucht einen Text.</translation>
        </message>
        <message>
            <source>A comment has at most %1 characters; this one has %2.</source>
            <translation>Ein Kommentar hat höchstens %1 Zeichen; dieser hat %2.</translation>
        </message>
    </context>
    <context>
        <name>BatchEngine</name>
        <message>
            <source>Step %1: %2</source>
            <translation>Schritt %1: %2</translation>
        </message>
        <message>
            <source>the value of step %1 is missing.</source>
            <translation>der Wert von Schritt %1 fehlt.</translation>
        </message>
        <message>
            <source>the formula has no finite result (%1).</source>
            <translation>die Formel hat kein endliches Ergebnis (%1).</translation>
        </message>
        <message>
            <source>the formula failed: %1</source>
            <translation>die Formel ist fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>MbrText</name>
        <message>
            <source>malformed number at position %1</source>
            <translation>fehlerhafte Zahl an Position %1</translation>
        </message>
        <message>
            <source>unknown function "%1"</source>
            <translation>unbekannte Funktion „%1“</translation>
        </message>
        <message>
            <source>expected a number, a step id or "(" at position %1</source>
            <translation>an Position %1 wird eine Zahl, eine Schritt-ID oder „(“ erwartet</translation>
        </message>
        <message>
            <source>unbalanced ")" at position %1</source>
            <translation>„)“ ohne Gegenstück an Position %1</translation>
        </message>
        <message>
            <source>"," outside a function's arguments at position %1</source>
            <translation>„,“ außerhalb der Argumente einer Funktion an Position %1</translation>
        </message>
        <message>
            <source>expected an operator at position %1</source>
            <translation>an Position %1 wird ein Operator erwartet</translation>
        </message>
        <message>
            <source>the formula is incomplete</source>
            <translation>die Formel ist unvollständig</translation>
        </message>
        <message>
            <source>a "(" is not closed</source>
            <translation>eine „(“ ist nicht geschlossen</translation>
        </message>
        <message>
            <source>unsupported format "%1" (expected "%2")</source>
            <translation>nicht unterstütztes Format „%1“ (erwartet „%2“)</translation>
        </message>
        <message>
            <source>must look like MAJOR.MINOR, e.g. "2.1"</source>
            <translation>muss die Form HAUPT.NEBEN haben, z. B. „2.1“</translation>
        </message>
        <message>
            <source>must start with a letter or digit and contain only letters, digits, ".", "_" or "-"</source>
            <translation>muss mit einem Buchstaben oder einer Ziffer beginnen und darf nur Buchstaben, Ziffern, „.“, „_“ oder „-“ enthalten</translation>
        </message>
        <message>
            <source>must be greater than 0</source>
            <translation>muss größer als 0 sein</translation>
        </message>
        <message>
            <source>duplicate material code "%1"</source>
            <translation>doppelter Materialcode „%1“</translation>
        </message>
        <message>
            <source>duplicate equipment class "%1"</source>
            <translation>doppelte Ausrüstungsklasse „%1“</translation>
        </message>
        <message>
            <source>must start with a letter and contain only letters, digits and "_"</source>
            <translation>muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und „_“ enthalten</translation>
        </message>
        <message>
            <source>"%1" is a reserved name</source>
            <translation>„%1“ ist ein reservierter Name</translation>
        </message>
        <message>
            <source>duplicate id "%1" (already used at %2)</source>
            <translation>doppelte ID „%1“ (bereits verwendet bei %2)</translation>
        </message>
        <message>
            <source>has both phases and branches; give one of them</source>
            <translation>hat sowohl Phasen als auch Zweige; geben Sie nur eines davon an</translation>
        </message>
        <message>
            <source>too many steps (at most %1)</source>
            <translation>zu viele Schritte (höchstens %1)</translation>
        </message>
        <message>
            <source>unknown step kind "%1"</source>
            <translation>unbekannte Schrittart „%1“</translation>
        </message>
        <message>
            <source>unknown step "%1"</source>
            <translation>unbekannter Schritt „%1“</translation>
        </message>
        <message>
            <source>step "%1" has no value (only numeric, weigh and calculation steps have one)</source>
            <translation>Schritt „%1“ hat keinen Wert (nur Zahlen-, Wäge- und Berechnungsschritte haben einen)</translation>
        </message>
        <message>
            <source>step "%1" does not come before this step</source>
            <translation>Schritt „%1“ kommt nicht vor diesem Schritt</translation>
        </message>
        <message>
            <source>the document is too large (%1 bytes, at most %2)</source>
            <translation>das Dokument ist zu groß (%1 Byte, höchstens %2)</translation>
        </message>
        <message>
            <source>not valid JSON at byte %1: %2</source>
            <translation>kein gültiges JSON bei Byte %1: %2</translation>
        </message>
        <message>
            <source>the document must be a JSON object</source>
            <translation>das Dokument muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>the document nests deeper than %1 levels</source>
            <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
        </message>
        <message>
            <source>duplicate key</source>
            <translation>doppelter Schlüssel</translation>
        </message>
        <message>
            <source>the document contains text that cannot be hashed: %1</source>
            <translation>das Dokument enthält Text, der nicht gehasht werden kann: %1</translation>
        </message>
        <message>
            <source>too many problems; stopped checking</source>
            <translation>zu viele Probleme; Prüfung abgebrochen</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>unbekanntes Feld</translation>
        </message>
        <message>
            <source>missing required field</source>
            <translation>Pflichtfeld fehlt</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>is too long (at most %1 characters)</source>
            <translation>ist zu lang (höchstens %1 Zeichen)</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>muss eine Zahl sein</translation>
        </message>
        <message>
            <source>must be an integer</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>muss zwischen %1 und %2 liegen</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>muss ein Objekt sein</translation>
        </message>
        <message>
            <source>must be an array</source>
            <translation>muss ein Array sein</translation>
        </message>
        <message numerus="yes">
            <source>needs at least %n entries</source>
            <translation>
                <numerusform>braucht mindestens %n Eintrag</numerusform>
                <numerusform>braucht mindestens %n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <source>has too many entries (at most %1)</source>
            <translation>hat zu viele Einträge (höchstens %1)</translation>
        </message>
        <message>
            <source>duplicate entry "%1"</source>
            <translation>doppelter Eintrag „%1“</translation>
        </message>
        <message>
            <source>MBR %1 version %2 does not exist.</source>
            <translation>MBR %1 Version %2 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 may not manage master batch records.</source>
            <translation>%1 darf keine Master-Herstellvorschriften verwalten.</translation>
        </message>
        <message>
            <source>MBR %1 version %2 is %3: cannot %4 (it must be %5).</source>
            <translation>MBR %1 Version %2 ist %3: %4 ist nicht möglich (erforderlich ist %5).</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message numerus="yes">
            <source>The master batch record has %n problem(s):
%1</source>
            <translation>
                <numerusform>Die Master-Herstellvorschrift hat %n Problem:
%1</numerusform>
                <numerusform>Die Master-Herstellvorschrift hat %n Probleme:
%1</numerusform>
            </translation>
        </message>
        <message>
            <source>MBR %1 version %2 was already imported; give the changed document a new version.</source>
            <translation>MBR %1 Version %2 wurde bereits importiert; geben Sie dem geänderten Dokument eine neue Version.</translation>
        </message>
        <message>
            <source>submit it for review</source>
            <translation>zur Prüfung einreichen</translation>
        </message>
        <message>
            <source>sign it as author</source>
            <translation>als Autor unterschreiben</translation>
        </message>
        <message>
            <source>%1 has already signed MBR %2 version %3 as author.</source>
            <translation>%1 hat MBR %2 Version %3 bereits als Autor unterschrieben.</translation>
        </message>
        <message>
            <source>approve it</source>
            <translation>genehmigen</translation>
        </message>
        <message>
            <source>MBR %1 version %2 cannot be approved before its author has signed it.</source>
            <translation>MBR %1 Version %2 kann nicht genehmigt werden, bevor der Autor unterschrieben hat.</translation>
        </message>
        <message>
            <source>The QA approval must be signed by a different person from the author (%1).</source>
            <translation>Die QS-Genehmigung muss von einer anderen Person als dem Autor (%1) unterschrieben werden.</translation>
        </message>
        <message>
            <source>The QA approval must be signed by a different person from the one who imported or submitted the version.</source>
            <translation>Die QS-Genehmigung muss von einer anderen Person unterschrieben werden als der, die die Version importiert oder eingereicht hat.</translation>
        </message>
        <message>
            <source>make it effective</source>
            <translation>in Kraft setzen</translation>
        </message>
        <message>
            <source>MBR %1 version %2 is effective and newer than version %3, which cannot replace it.</source>
            <translation>MBR %1 Version %2 ist in Kraft und neuer als Version %3, die sie nicht ersetzen kann.</translation>
        </message>
        <message>
            <source>A reason is required to retire an MBR version.</source>
            <translation>Zum Zurückziehen einer MBR-Version ist eine Begründung erforderlich.</translation>
        </message>
        <message>
            <source>retire it</source>
            <translation>zurückziehen</translation>
        </message>
        <message>
            <source>The stored content of MBR %1 version %2 no longer matches its content hash.</source>
            <translation>Der gespeicherte Inhalt von MBR %1 Version %2 stimmt nicht mehr mit seinem Inhalts-Hash überein.</translation>
        </message>
        <message>
            <source>MBR %1 has no effective version; only an effective MBR can start a batch.</source>
            <translation>MBR %1 hat keine gültige Version; nur mit einer in Kraft gesetzten MBR kann eine Charge gestartet werden.</translation>
        </message>
        <message>
            <source>needs at least one of low, high, alertLow, alertHigh</source>
            <translation>braucht mindestens eines von low, high, alertLow, alertHigh</translation>
        </message>
        <message>
            <source>high must be greater than low</source>
            <translation>high muss größer als low sein</translation>
        </message>
        <message>
            <source>alertHigh must be greater than alertLow</source>
            <translation>alertHigh muss größer als alertLow sein</translation>
        </message>
        <message>
            <source>alertLow must not be below low: alert limits lie within the action limits</source>
            <translation>alertLow darf nicht unter low liegen: Warngrenzen liegen innerhalb der Eingriffsgrenzen</translation>
        </message>
        <message>
            <source>alertLow must be below high</source>
            <translation>alertLow muss unter high liegen</translation>
        </message>
        <message>
            <source>alertHigh must not be above high: alert limits lie within the action limits</source>
            <translation>alertHigh darf nicht über high liegen: Warngrenzen liegen innerhalb der Eingriffsgrenzen</translation>
        </message>
        <message>
            <source>alertHigh must be above low</source>
            <translation>alertHigh muss über low liegen</translation>
        </message>
        <message>
            <source>must lie within the limits low..high</source>
            <translation>muss innerhalb der Grenzen low..high liegen</translation>
        </message>
        <message>
            <source>must lie within the alert limits alertLow..alertHigh</source>
            <translation>muss innerhalb der Warngrenzen alertLow..alertHigh liegen</translation>
        </message>
        <message>
            <source>"%1" is not one of the equipmentClasses</source>
            <translation>„%1“ ist keine der equipmentClasses</translation>
        </message>
        <message>
            <source>"%1" is not in the bill of materials</source>
            <translation>„%1“ steht nicht in der Stückliste</translation>
        </message>
        <message>
            <source>must be a relative path to a .png, .jpg or .svg file inside the MBR package</source>
            <translation>muss ein relativer Pfad zu einer .png-, .jpg- oder .svg-Datei im MBR-Paket sein</translation>
        </message>
        <message>
            <source>must be "manual" or "instrument"</source>
            <translation>muss „manual“ oder „instrument“ sein</translation>
        </message>
        <message>
            <source>only allowed with source "instrument"</source>
            <translation>nur mit source „instrument“ erlaubt</translation>
        </message>
        <message>
            <source>give either percent or absolute, not both</source>
            <translation>geben Sie entweder percent oder absolute an, nicht beides</translation>
        </message>
        <message>
            <source>must be greater than 0 and at most %1</source>
            <translation>muss größer als 0 und höchstens %1 sein</translation>
        </message>
        <message>
            <source>must be smaller than the target (%1 %2)</source>
            <translation>muss kleiner als der Sollwert sein (%1 %2)</translation>
        </message>
        <message>
            <source>needs percent or absolute</source>
            <translation>braucht percent oder absolute</translation>
        </message>
        <message>
            <source>not allowed: a weigh target comes from the bill of materials and the batch size</source>
            <translation>nicht erlaubt: der Sollwert einer Einwaage ergibt sich aus Stückliste und Chargengröße</translation>
        </message>
        <message>
            <source>material "%1" is measured in "%2"; weighing needs kg, g or mg</source>
            <translation>Material „%1“ wird in „%2“ gemessen; Wägen braucht kg, g oder mg</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>darf nicht negativ sein</translation>
        </message>
        <message>
            <source>the target at the MBR batch size (%1 %2) is below the minimum weight</source>
            <translation>der Sollwert bei der MBR-Chargengröße (%1 %2) liegt unter dem Mindestgewicht</translation>
        </message>
        <message>
            <source>must be one of Performed, Verified, Reviewed, Approved</source>
            <translation>muss Performed, Verified, Reviewed oder Approved sein</translation>
        </message>
        <message>
            <source>unknown role "%1" (operator, supervisor, qa, admin)</source>
            <translation>unbekannte Rolle „%1“ (operator, supervisor, qa, admin)</translation>
        </message>
        <message>
            <source>needs at least 2 distinct options</source>
            <translation>braucht mindestens 2 verschiedene Optionen</translation>
        </message>
        <message>
            <source>must not be less than minSeconds</source>
            <translation>darf nicht kleiner als minSeconds sein</translation>
        </message>
        <message>
            <source>must be capital letters, digits or "-"</source>
            <translation>muss aus Großbuchstaben, Ziffern oder „-“ bestehen</translation>
        </message>
        <message>
            <source>the batch size must be greater than 0</source>
            <translation>die Chargengröße muss größer als 0 sein</translation>
        </message>
        <message>
            <source>the MBR has no valid batch size</source>
            <translation>die MBR hat keine gültige Chargengröße</translation>
        </message>
        <message>
            <source>the value %1 is out of range</source>
            <translation>der Wert %1 liegt außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>decimals must be between 0 and 6</source>
            <translation>die Nachkommastellen müssen zwischen 0 und 6 liegen</translation>
        </message>
        <message>
            <source>step "%1" is not a weigh step</source>
            <translation>Schritt „%1“ ist kein Wägeschritt</translation>
        </message>
        <message>
            <source>material "%1" of step "%2" is not in the bill of materials</source>
            <translation>Material „%1“ von Schritt „%2“ steht nicht in der Stückliste</translation>
        </message>
        <message>
            <source>the target of step "%1" rounds to zero at batch size %2</source>
            <translation>der Sollwert von Schritt „%1“ wird bei Chargengröße %2 auf null gerundet</translation>
        </message>
        <message>
            <source>the target of step "%1" (%2 %3) is below the minimum weight %4 %3 at batch size %5</source>
            <translation>der Sollwert von Schritt „%1“ (%2 %3) liegt bei Chargengröße %5 unter dem Mindestgewicht %4 %3</translation>
        </message>
        <message>
            <source>The MBR has no step "%1".</source>
            <translation>Die MBR hat keinen Schritt „%1“.</translation>
        </message>
        <message>
            <source>Step "%1" is already completed.</source>
            <translation>Schritt „%1“ ist bereits abgeschlossen.</translation>
        </message>
        <message>
            <source>Step "%1" cannot be executed: every step is complete.</source>
            <translation>Schritt „%1“ kann nicht ausgeführt werden: alle Schritte sind abgeschlossen.</translation>
        </message>
        <message>
            <source>Step "%1" cannot be executed yet: "%2" (%3) comes first.</source>
            <translation>Schritt „%1“ kann noch nicht ausgeführt werden: zuerst kommt „%2“ (%3).</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message numerus="yes">
            <source>The password must have at least %n characters.</source>
            <translation>
                <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
                <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
            </translation>
        </message>
        <message>
            <source>The password must not be the user id.</source>
            <translation>Das Passwort darf nicht die Benutzer-ID sein.</translation>
        </message>
        <message numerus="yes">
            <source>The password must differ from the last %n passwords.</source>
            <translation>
                <numerusform>Das Passwort muss sich vom letzten Passwort unterscheiden.</numerusform>
                <numerusform>Das Passwort muss sich von den letzten %n Passwörtern unterscheiden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Bediener</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Schichtleiter</translation>
        </message>
        <message>
            <source>Quality assurance</source>
            <translation>Qualitätssicherung</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>The session is locked. Unlock it instead.</source>
            <translation>Die Sitzung ist gesperrt. Entsperren Sie sie stattdessen.</translation>
        </message>
        <message>
            <source>Sign out first.</source>
            <translation>Melden Sie sich zuerst ab.</translation>
        </message>
        <message>
            <source>The session is not locked.</source>
            <translation>Die Sitzung ist nicht gesperrt.</translation>
        </message>
        <message>
            <source>Only %1 or an administrator can unlock.</source>
            <translation>Nur %1 oder ein Administrator kann entsperren.</translation>
        </message>
        <message>
            <source>Only an administrator may change settings.</source>
            <translation>Nur ein Administrator darf Einstellungen ändern.</translation>
        </message>
        <message>
            <source>A reason is required for this change.</source>
            <translation>Für diese Änderung ist eine Begründung erforderlich.</translation>
        </message>
        <message>
            <source>The inactivity lock must be 0 to %1 seconds.</source>
            <translation>Die Inaktivitätssperre muss 0 bis %1 Sekunden betragen.</translation>
        </message>
        <message>
            <source>Change your password before you sign.</source>
            <translation>Ändern Sie Ihr Passwort, bevor Sie unterschreiben.</translation>
        </message>
        <message>
            <source>Your roles do not allow a "%1" signature.</source>
            <translation>Ihre Rollen erlauben keine Unterschrift „%1“.</translation>
        </message>
        <message>
            <source>The record to sign (%1/%2) does not exist.</source>
            <translation>Der zu unterschreibende Datensatz (%1/%2) existiert nicht.</translation>
        </message>
        <message>
            <source>The verifier must be a different person from the one who performed the step.</source>
            <translation>Der Prüfer muss eine andere Person sein als die, die den Schritt ausgeführt hat.</translation>
        </message>
        <message>
            <source>A user id has 1 to 32 letters, digits, '.', '_' or '-' and starts with a letter or digit.</source>
            <translation>Eine Benutzer-ID hat 1 bis 32 Buchstaben, Ziffern, '.', '_' oder '-' und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
        </message>
        <message>
            <source>The user id "system" is reserved.</source>
            <translation>Die Benutzer-ID „system“ ist reserviert.</translation>
        </message>
        <message>
            <source>The full name must have 1 to %1 characters.</source>
            <translation>Der vollständige Name muss 1 bis %1 Zeichen haben.</translation>
        </message>
        <message>
            <source>There is no user "%1".</source>
            <translation>Es gibt keinen Benutzer „%1“.</translation>
        </message>
        <message>
            <source>User id or password is wrong.</source>
            <translation>Benutzer-ID oder Passwort ist falsch.</translation>
        </message>
        <message>
            <source>This account is locked. Ask an administrator to unlock it.</source>
            <translation>Dieses Konto ist gesperrt. Bitten Sie einen Administrator, es zu entsperren.</translation>
        </message>
        <message>
            <source>This account is disabled.</source>
            <translation>Dieses Konto ist deaktiviert.</translation>
        </message>
        <message>
            <source>The user id "%1" is already used and can never be given to anyone else.</source>
            <translation>Die Benutzer-ID „%1“ ist bereits vergeben und kann nie an jemand anderen vergeben werden.</translation>
        </message>
        <message>
            <source>Only an administrator may manage users.</source>
            <translation>Nur ein Administrator darf Benutzer verwalten.</translation>
        </message>
        <message>
            <source>The station already has users.</source>
            <translation>Die Station hat bereits Benutzer.</translation>
        </message>
        <message>
            <source>A user needs at least one role.</source>
            <translation>Ein Benutzer braucht mindestens eine Rolle.</translation>
        </message>
        <message>
            <source>Administrators cannot disable their own account.</source>
            <translation>Administratoren können ihr eigenes Konto nicht deaktivieren.</translation>
        </message>
        <message>
            <source>The user "%1" is already disabled.</source>
            <translation>Der Benutzer „%1“ ist bereits deaktiviert.</translation>
        </message>
        <message>
            <source>Change your own password with the old password.</source>
            <translation>Ändern Sie Ihr eigenes Passwort mit dem alten Passwort.</translation>
        </message>
        <message>
            <source>You must change your password before you continue.</source>
            <translation>Sie müssen Ihr Passwort ändern, bevor Sie fortfahren.</translation>
        </message>
    </context>
    <context>
        <name>SignatureText</name>
        <message>
            <source>Performed</source>
            <translation>Durchgeführt</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verifiziert</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>I performed this work myself, as recorded.</source>
            <translation>Ich habe diese Arbeit selbst so ausgeführt, wie sie aufgezeichnet ist.</translation>
        </message>
        <message>
            <source>I checked the work of another person and confirm that it is correct.</source>
            <translation>Ich habe die Arbeit einer anderen Person geprüft und bestätige, dass sie korrekt ist.</translation>
        </message>
        <message>
            <source>I reviewed this record.</source>
            <translation>Ich habe diese Aufzeichnung geprüft.</translation>
        </message>
        <message>
            <source>I approve this content.</source>
            <translation>Ich genehmige diesen Inhalt.</translation>
        </message>
        <message>
            <source>I release this batch.</source>
            <translation>Ich gebe diese Charge frei.</translation>
        </message>
        <message>
            <source>Signed by %1 on %2 — %3</source>
            <translation>Unterschrieben von %1 am %2 — %3</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This station has never synchronised with the central database; signatures are refused until it has.</source>
            <translation>Diese Station hat sich noch nie mit der zentralen Datenbank synchronisiert; Unterschriften werden bis dahin abgelehnt.</translation>
        </message>
        <message>
            <source>This station has not synchronised with the central database since %1 (limit: %2 minutes); signatures are refused until it has.</source>
            <translation>Diese Station hat sich seit %1 nicht mit der zentralen Datenbank synchronisiert (Grenze: %2 Minuten); Unterschriften werden bis dahin abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>batch::exec</name>
        <message>
            <source>A reason is required.</source>
            <translation>Eine Begründung ist erforderlich.</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Schritt %1: %2</translation>
        </message>
        <message>
            <source>an instrument value needs the instrument id, the raw frame and the stability flag.</source>
            <translation>ein Gerätewert braucht die Geräte-ID, den Rohdatensatz und das Stabilitätskennzeichen.</translation>
        </message>
        <message>
            <source>Step %1: the reading is not stable; wait for a stable reading.</source>
            <translation>Schritt %1: der Messwert ist nicht stabil; warten Sie auf einen stabilen Messwert.</translation>
        </message>
        <message>
            <source>%1 is required.</source>
            <translation>%1 ist erforderlich.</translation>
        </message>
        <message>
            <source>%1 is longer than 200 characters.</source>
            <translation>%1 ist länger als 200 Zeichen.</translation>
        </message>
        <message>
            <source>"%1" is not a decimal number.</source>
            <translation>„%1“ ist keine Dezimalzahl.</translation>
        </message>
        <message>
            <source>"%1" has more than %2 decimal places.</source>
            <translation>„%1“ hat mehr als %2 Nachkommastellen.</translation>
        </message>
        <message>
            <source>target %1, low %2, high %3</source>
            <translation>Soll %1, unten %2, oben %3</translation>
        </message>
        <message>
            <source>low %1</source>
            <translation>unten %1</translation>
        </message>
        <message>
            <source>high %1</source>
            <translation>oben %1</translation>
        </message>
        <message>
            <source>alert low %1</source>
            <translation>Warnung unten %1</translation>
        </message>
        <message>
            <source>alert high %1</source>
            <translation>Warnung oben %1</translation>
        </message>
        <message>
            <source>this step takes no value (acknowledge only).</source>
            <translation>dieser Schritt nimmt keinen Wert an (nur bestätigen).</translation>
        </message>
        <message>
            <source>every item of the checklist must be ticked (value "all").</source>
            <translation>jeder Punkt der Checkliste muss abgehakt sein (Wert „all“).</translation>
        </message>
        <message>
            <source>"%1" is not one of the options: %2.</source>
            <translation>„%1“ ist keine der Optionen: %2.</translation>
        </message>
        <message>
            <source>a text is required.</source>
            <translation>ein Text ist erforderlich.</translation>
        </message>
        <message>
            <source>the text has %1 characters; at most %2 are allowed.</source>
            <translation>der Text hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
        </message>
        <message>
            <source>the scanned lot id</source>
            <translation>die gescannte Chargennummer des Materials</translation>
        </message>
        <message>
            <source>the scanned equipment id</source>
            <translation>die gescannte Ausrüstungs-ID</translation>
        </message>
        <message>
            <source>the sample label id</source>
            <translation>die ID des Probenetiketts</translation>
        </message>
        <message>
            <source>the sample label must start with %1.</source>
            <translation>das Probenetikett muss mit %1 beginnen.</translation>
        </message>
        <message>
            <source>this step is not completed with an entered value.</source>
            <translation>dieser Schritt wird nicht mit einem eingegebenen Wert abgeschlossen.</translation>
        </message>
        <message>
            <source>the unit is %1, not %2.</source>
            <translation>die Einheit ist %1, nicht %2.</translation>
        </message>
        <message>
            <source>%1 %2 is below the minimum weight of %3 %2 for this balance step.</source>
            <translation>%1 %2 liegt unter dem Mindestgewicht von %3 %2 für diesen Wägeschritt.</translation>
        </message>
    </context>
    <context>
        <name>batch::exec::BatchEngine</name>
        <message>
            <source>Unknown signer %1.</source>
            <translation>Unbekannter Unterzeichner %1.</translation>
        </message>
        <message>
            <source>Step %1 is not completed yet; there is nothing to sign.</source>
            <translation>Schritt %1 ist noch nicht abgeschlossen; es gibt nichts zu unterschreiben.</translation>
        </message>
        <message>
            <source>Step %1 needs a "%2" signature, not "%3".</source>
            <translation>Schritt %1 braucht eine Unterschrift „%2“, nicht „%3“.</translation>
        </message>
        <message>
            <source>Step %1 must be signed by: %2; %3 has the roles %4.</source>
            <translation>Schritt %1 muss unterschrieben werden von: %2; %3 hat die Rollen %4.</translation>
        </message>
        <message>
            <source>Step %1 must be signed by a second person, not by %2 who performed the work.</source>
            <translation>Schritt %1 muss von einer zweiten Person unterschrieben werden, nicht von %2, der die Arbeit ausgeführt hat.</translation>
        </message>
        <message>
            <source>Step %1 is already signed.</source>
            <translation>Schritt %1 ist bereits unterschrieben.</translation>
        </message>
        <message>
            <source>Batch %1 is finished.</source>
            <translation>Charge %1 ist abgeschlossen.</translation>
        </message>
        <message>
            <source>Step %1 is already completed; a deviation is raised before it completes.</source>
            <translation>Schritt %1 ist bereits abgeschlossen; eine Abweichung wird vor dem Abschluss gemeldet.</translation>
        </message>
        <message>
            <source>A deviation needs a category, a description and the immediate action taken.</source>
            <translation>Eine Abweichung braucht eine Kategorie, eine Beschreibung und die ergriffene Sofortmaßnahme.</translation>
        </message>
        <message>
            <source>deviation %1</source>
            <translation>Abweichung %1</translation>
        </message>
        <message>
            <source>Batch %1 has no deviation %2.</source>
            <translation>Charge %1 hat keine Abweichung %2.</translation>
        </message>
        <message>
            <source>The continuation of %1 is already signed.</source>
            <translation>Die Fortsetzung nach %1 ist bereits unterschrieben.</translation>
        </message>
        <message>
            <source>The continuation after a deviation is signed by a supervisor (handle_deviations); %1 may not.</source>
            <translation>Die Fortsetzung nach einer Abweichung unterschreibt ein Schichtleiter (handle_deviations); %1 darf das nicht.</translation>
        </message>
        <message>
            <source>Step %1 is not completed; there is nothing to correct.</source>
            <translation>Schritt %1 ist nicht abgeschlossen; es gibt nichts zu korrigieren.</translation>
        </message>
        <message>
            <source>Step %1 (%2) cannot be corrected by entering a value; raise a deviation.</source>
            <translation>Schritt %1 (%2) kann nicht durch Eingabe eines Werts korrigiert werden; melden Sie eine Abweichung.</translation>
        </message>
        <message>
            <source>Step %1 is signed by %2 (%3); a correction needs that role or higher.</source>
            <translation>Schritt %1 ist von %2 (%3) unterschrieben; eine Korrektur braucht diese oder eine höhere Rolle.</translation>
        </message>
        <message>
            <source>Step %1 already has the value %2.</source>
            <translation>Schritt %1 hat bereits den Wert %2.</translation>
        </message>
        <message>
            <source>Step %1: corrected value %2 %3 is outside the limits (%4).</source>
            <translation>Schritt %1: korrigierter Wert %2 %3 liegt außerhalb der Grenzen (%4).</translation>
        </message>
        <message>
            <source>Raise a deviation and have a supervisor sign the continuation first.</source>
            <translation>Melden Sie eine Abweichung und lassen Sie zuerst einen Schichtleiter die Fortsetzung unterschreiben.</translation>
        </message>
        <message>
            <source>Step %1 corrected from %2 to %3.</source>
            <translation>Schritt %1 von %2 auf %3 korrigiert.</translation>
        </message>
        <message>
            <source>Batch %1 is not on hold.</source>
            <translation>Charge %1 ist nicht angehalten.</translation>
        </message>
        <message>
            <source>There is no batch %1.</source>
            <translation>Es gibt keine Charge %1.</translation>
        </message>
        <message>
            <source>MBR %1 version %2 no longer matches the content hash bound to batch %3.</source>
            <translation>MBR %1 Version %2 stimmt nicht mehr mit dem an Charge %3 gebundenen Inhalts-Hash überein.</translation>
        </message>
        <message>
            <source>Batch %1 is on hold (%2); resume it first.</source>
            <translation>Charge %1 ist angehalten (%2); setzen Sie sie zuerst fort.</translation>
        </message>
        <message>
            <source>User %1 (roles: %2) may not do this (needs %3).</source>
            <translation>Benutzer %1 (Rollen: %2) darf das nicht (braucht %3).</translation>
        </message>
        <message>
            <source>MBR %1 has no step %2.</source>
            <translation>MBR %1 hat keinen Schritt %2.</translation>
        </message>
        <message>
            <source>Step %1 is already completed; use a correction to change its value.</source>
            <translation>Schritt %1 ist bereits abgeschlossen; ändern Sie seinen Wert mit einer Korrektur.</translation>
        </message>
        <message>
            <source>The station clock (%1) is behind the newest event of batch %2 (%3).</source>
            <translation>Die Stationsuhr (%1) geht gegenüber dem neuesten Ereignis von Charge %2 (%3) nach.</translation>
        </message>
        <message>
            <source>"%1" is not a valid batch id (letters, digits, . _ -; at most 64).</source>
            <translation>„%1“ ist keine gültige Chargen-ID (Buchstaben, Ziffern, . _ -; höchstens 64).</translation>
        </message>
        <message>
            <source>Batch id %1 is already used.</source>
            <translation>Die Chargen-ID %1 ist bereits vergeben.</translation>
        </message>
        <message>
            <source>The batch size must be a positive decimal number, not "%1".</source>
            <translation>Die Chargengröße muss eine positive Dezimalzahl sein, nicht „%1“.</translation>
        </message>
        <message>
            <source>Step %1 is not a timer; only timers are started.</source>
            <translation>Schritt %1 ist kein Timer; nur Timer werden gestartet.</translation>
        </message>
        <message>
            <source>Timer %1 is already running.</source>
            <translation>Timer %1 läuft bereits.</translation>
        </message>
        <message>
            <source>Step %1 is a signature step: sign it (with the password).</source>
            <translation>Schritt %1 ist ein Unterschriftsschritt: unterschreiben Sie ihn (mit dem Passwort).</translation>
        </message>
        <message>
            <source>Step %1 is calculated by the station; no value is entered.</source>
            <translation>Schritt %1 wird von der Station berechnet; es wird kein Wert eingegeben.</translation>
        </message>
        <message>
            <source>Timer %1 has not been started.</source>
            <translation>Timer %1 wurde nicht gestartet.</translation>
        </message>
        <message>
            <source>Timer %1 runs for at least %2 s; %3 s have passed.</source>
            <translation>Timer %1 läuft mindestens %2 s; %3 s sind vergangen.</translation>
        </message>
        <message>
            <source>Step %1: %2 %3 is outside the %4 limits (%5).</source>
            <translation>Schritt %1: %2 %3 liegt außerhalb der %4 (%5).</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Eingriffsgrenzen</translation>
        </message>
        <message>
            <source>alert</source>
            <translation>Warngrenzen</translation>
        </message>
        <message>
            <source>Raise a deviation and have a supervisor sign the continuation before the step can complete.</source>
            <translation>Melden Sie eine Abweichung und lassen Sie einen Schichtleiter die Fortsetzung unterschreiben, bevor der Schritt abgeschlossen werden kann.</translation>
        </message>
        <message>
            <source>Step %1 expects an instrument value; it was entered by hand.</source>
            <translation>Schritt %1 erwartet einen Gerätewert; er wurde von Hand eingegeben.</translation>
        </message>
        <message>
            <source>Timer %1 ran %2 s, longer than its maximum of %3 s.</source>
            <translation>Timer %1 lief %2 s, länger als sein Maximum von %3 s.</translation>
        </message>
    </context>
    <context>
        <name>batch::mva</name>
        <message>
            <source>high</source>
            <translation>oben</translation>
        </message>
        <message>
            <source>low</source>
            <translation>unten</translation>
        </message>
        <message>
            <source>MVA model %1 version %2 does not exist.</source>
            <translation>MVA-Modell %1 Version %2 existiert nicht.</translation>
        </message>
        <message>
            <source>MVA model %1 version %2 is %3: cannot %4 (it must be %5).</source>
            <translation>MVA-Modell %1 Version %2 ist %3: %4 ist nicht möglich (erforderlich ist %5).</translation>
        </message>
    </context>
    <context>
        <name>batch::mva::AlarmDetector</name>
        <message>
            <source>at %1 %2</source>
            <translation>bei %1 %2</translation>
        </message>
        <message>
            <source>Hotelling T2 above its 99 % limit</source>
            <translation>Hotelling T2 über seiner 99-%-Grenze</translation>
        </message>
        <message>
            <source>SPE above its 99 % limit</source>
            <translation>SPE über seiner 99-%-Grenze</translation>
        </message>
        <message>
            <source>DModX above its 99 % limit</source>
            <translation>DModX über seiner 99-%-Grenze</translation>
        </message>
        <message>
            <source>score t%1 below its -3 SD band</source>
            <translation>Score t%1 unter seinem −3-SD-Band</translation>
        </message>
        <message>
            <source>score t%1 above its +3 SD band</source>
            <translation>Score t%1 über seinem +3-SD-Band</translation>
        </message>
        <message>
            <source> (%1 points in a row): %2</source>
            <translation> (%1 Punkte in Folge): %2</translation>
        </message>
        <message>
            <source>%1 back within its limit %2</source>
            <translation>%1 wieder innerhalb seiner Grenze %2</translation>
        </message>
    </context>
    <context>
        <name>batch::mva::AlarmLog</name>
        <message>
            <source>There is no MVA alarm %1.</source>
            <translation>Es gibt keinen MVA-Alarm %1.</translation>
        </message>
        <message>
            <source>MVA alarm %1 is already cleared.</source>
            <translation>MVA-Alarm %1 ist bereits aufgehoben.</translation>
        </message>
        <message>
            <source>%1 may not acknowledge MVA alarms.</source>
            <translation>%1 darf MVA-Alarme nicht quittieren.</translation>
        </message>
        <message>
            <source>MVA alarm %1 was already acknowledged by %2 at %3.</source>
            <translation>MVA-Alarm %1 wurde bereits von %2 um %3 quittiert.</translation>
        </message>
    </context>
    <context>
        <name>batch::mva::ModelRepository</name>
        <message>
            <source>%1 may not manage MVA models.</source>
            <translation>%1 darf keine MVA-Modelle verwalten.</translation>
        </message>
        <message>
            <source>Model id '%1' must be 1 to 64 letters, digits, '.', '_' or '-'.</source>
            <translation>Die Modell-ID '%1' muss aus 1 bis 64 Buchstaben, Ziffern, '.', '_' oder '-' bestehen.</translation>
        </message>
        <message>
            <source>The model file is not a JSON object: %1</source>
            <translation>Die Modelldatei ist kein JSON-Objekt: %1</translation>
        </message>
        <message>
            <source>approve it</source>
            <translation>genehmigen</translation>
        </message>
        <message>
            <source>The QA approval must be signed by a different person from the one who imported the model (%1).</source>
            <translation>Die QS-Genehmigung muss von einer anderen Person unterschrieben werden als der, die das Modell importiert hat (%1).</translation>
        </message>
        <message>
            <source>A reason is required to retire a model.</source>
            <translation>Zum Zurückziehen eines Modells ist eine Begründung erforderlich.</translation>
        </message>
        <message>
            <source>MVA model %1 version %2 is already retired.</source>
            <translation>MVA-Modell %1 Version %2 ist bereits zurückgezogen.</translation>
        </message>
        <message>
            <source>MVA model %1 has no approved version; a model is used for monitoring only after QA approval.</source>
            <translation>MVA-Modell %1 hat keine genehmigte Version; ein Modell wird erst nach der QS-Genehmigung zur Überwachung verwendet.</translation>
        </message>
        <message>
            <source>The stored MVA model %1 version %2 fails its check: %3.</source>
            <translation>Das gespeicherte MVA-Modell %1 Version %2 besteht seine Prüfung nicht: %3.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::AcknowledgeInput</name>
        <message>
            <source>Done — I have carried this out</source>
            <translation>Erledigt — ich habe das ausgeführt</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::AdminExitDialog</name>
        <message>
            <source>Close the station</source>
            <translation>Station schließen</translation>
        </message>
        <message>
            <source>This station runs in kiosk mode. Only an administrator can close it.</source>
            <translation>Diese Station läuft im Kioskmodus. Nur ein Administrator kann sie schließen.</translation>
        </message>
        <message>
            <source>Administrator user ID</source>
            <translation>Benutzer-ID des Administrators</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Enter the user ID and the password.</source>
            <translation>Geben Sie die Benutzer-ID und das Passwort ein.</translation>
        </message>
        <message>
            <source>User ID or password is wrong.</source>
            <translation>Benutzer-ID oder Passwort ist falsch.</translation>
        </message>
        <message>
            <source>Only an administrator can close the station; %1 is not one.</source>
            <translation>Nur ein Administrator kann die Station schließen; %1 ist keiner.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::AuditTrailModel</name>
        <message>
            <source>%1 — BROKEN</source>
            <translation>%1 — VERLETZT</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Zeit (UTC)</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::AuditTrailView</name>
        <message>
            <source>any user</source>
            <translation>alle Benutzer</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Ab Datum</translation>
        </message>
        <message>
            <source>Apply filter</source>
            <translation>Filter anwenden</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Verify integrity</source>
            <translation>Integrität prüfen</translation>
        </message>
        <message>
            <source>Event type</source>
            <translation>Ereignistyp</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>All event types</source>
            <translation>Alle Ereignistypen</translation>
        </message>
        <message>
            <source>Showing the newest %1 events. Narrow the filter to see older ones.</source>
            <translation>Die neuesten %1 Ereignisse werden angezeigt. Schränken Sie den Filter ein, um ältere zu sehen.</translation>
        </message>
        <message>
            <source>Events shown: %1, newest first.</source>
            <translation>Angezeigte Ereignisse: %1, neueste zuerst.</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Prüfung läuft…</translation>
        </message>
        <message>
            <source>Verifying the audit trail. You can keep working.</source>
            <translation>Der Audit-Trail wird geprüft. Sie können weiterarbeiten.</translation>
        </message>
        <message>
            <source>The verification could not run: %1</source>
            <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
        </message>
        <message>
            <source>Integrity verified: %1 events, %2 checkpoints</source>
            <translation>Integrität bestätigt: %1 Ereignisse, %2 Prüfpunkte</translation>
        </message>
        <message>
            <source>Integrity BROKEN at %1 seq %2: %3</source>
            <translation>Integrität VERLETZT bei %1 Nr. %2: %3</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::BatchListModel</name>
        <message>
            <source>Started by %1</source>
            <translation>Gestartet von %1</translation>
        </message>
        <message>
            <source>Master batch record</source>
            <translation>Master-Herstellvorschrift</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Product code</source>
            <translation>Produktcode</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Default size</source>
            <translation>Standardgröße</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::BatchListScreen</name>
        <message>
            <source>Start a batch…</source>
            <translation>Charge starten …</translation>
        </message>
        <message>
            <source>Ready to start</source>
            <translation>Startbereit</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Finished recently</source>
            <translation>Kürzlich abgeschlossen</translation>
        </message>
        <message>
            <source>Touch a batch to continue it, or start a new one.</source>
            <translation>Tippen Sie auf eine Charge, um sie fortzusetzen, oder starten Sie eine neue.</translation>
        </message>
        <message>
            <source>%1 version %2</source>
            <translation>%1 Version %2</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>on hold: %1</source>
            <translation>angehalten: %1</translation>
        </message>
        <message>
            <source>%1 of %2 steps done</source>
            <translation>%1 von %2 Schritten erledigt</translation>
        </message>
        <message numerus="yes">
            <source>%n MBR(s)</source>
            <translation>
                <numerusform>%n MBR</numerusform>
                <numerusform>%n MBRs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n Charge</numerusform>
                <numerusform>%n Chargen</numerusform>
            </translation>
        </message>
        <message>
            <source>No master batch record is effective at this station: no batch can be started.</source>
            <translation>An dieser Station ist keine Master-Herstellvorschrift in Kraft: es kann keine Charge gestartet werden.</translation>
        </message>
        <message>
            <source>Nobody is signed in.</source>
            <translation>Niemand ist angemeldet.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::CalculationInput</name>
        <message>
            <source>Formula: %1 = %2</source>
            <translation>Formel: %1 = %2</translation>
        </message>
        <message>
            <source>Inputs (values in force):</source>
            <translation>Eingangswerte (gültige Werte):</translation>
        </message>
        <message>
            <source>Confirm calculation</source>
            <translation>Berechnung bestätigen</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Chargengröße</translation>
        </message>
        <message>
            <source>Theoretical yield of this batch</source>
            <translation>Theoretische Ausbeute dieser Charge</translation>
        </message>
        <message>
            <source>not recorded yet</source>
            <translation>noch nicht erfasst</translation>
        </message>
        <message>
            <source>Result: %1 %2</source>
            <translation>Ergebnis: %1 %2</translation>
        </message>
        <message>
            <source>Result not available: %1</source>
            <translation>Ergebnis nicht verfügbar: %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ChangePasswordScreen</name>
        <message>
            <source>At least %1 characters, not your user ID, and none of your last %2 passwords.</source>
            <translation>Mindestens %1 Zeichen, nicht Ihre Benutzer-ID und keines Ihrer letzten %2 Passwörter.</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Passwort ändern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Aktuelles Passwort</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Neues Passwort</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Neues Passwort wiederholen</translation>
        </message>
        <message>
            <source>Choose a new password</source>
            <translation>Neues Passwort wählen</translation>
        </message>
        <message>
            <source>Change your password</source>
            <translation>Passwort ändern</translation>
        </message>
        <message>
            <source>User %1 must set a new password before signing in.</source>
            <translation>Benutzer %1 muss vor der Anmeldung ein neues Passwort festlegen.</translation>
        </message>
        <message>
            <source>User %1</source>
            <translation>Benutzer %1</translation>
        </message>
        <message>
            <source>Enter your current password and a new password.</source>
            <translation>Geben Sie Ihr aktuelles und ein neues Passwort ein.</translation>
        </message>
        <message>
            <source>The new password and its repetition do not match.</source>
            <translation>Das neue Passwort und seine Wiederholung stimmen nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ChecklistInput</name>
        <message>
            <source>Tick every item once it is done:</source>
            <translation>Haken Sie jeden Punkt ab, sobald er erledigt ist:</translation>
        </message>
        <message>
            <source>%1 of %2 ticked</source>
            <translation>%1 von %2 abgehakt</translation>
        </message>
        <message>
            <source>Confirm checklist</source>
            <translation>Checkliste bestätigen</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ChoiceInput</name>
        <message>
            <source>Choose one:</source>
            <translation>Wählen Sie eines:</translation>
        </message>
        <message>
            <source>Confirm choice</source>
            <translation>Auswahl bestätigen</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::CommentDialog</name>
        <message>
            <source>Add a comment</source>
            <translation>Kommentar hinzufügen</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Kommentar hinzufügen</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::CorrectionDialog</name>
        <message>
            <source>Correct a recorded value</source>
            <translation>Erfassten Wert korrigieren</translation>
        </message>
        <message>
            <source>Record correction</source>
            <translation>Korrektur erfassen</translation>
        </message>
        <message>
            <source>Step: %1</source>
            <translation>Schritt: %1</translation>
        </message>
        <message>
            <source>Value in force: %1 %2</source>
            <translation>Gültiger Wert: %1 %2</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Neuer Wert</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Grund der Korrektur</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::DeviationDialog</name>
        <message>
            <source>Equipment or instrument</source>
            <translation>Ausrüstung oder Gerät</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>Material</translation>
        </message>
        <message>
            <source>Process parameter</source>
            <translation>Prozessparameter</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Umgebung</translation>
        </message>
        <message>
            <source>Instruction or record</source>
            <translation>Anweisung oder Dokumentation</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Raise a deviation</source>
            <translation>Abweichung melden</translation>
        </message>
        <message>
            <source>Raise deviation</source>
            <translation>Abweichung melden</translation>
        </message>
        <message>
            <source>Value that could not be recorded: %1</source>
            <translation>Wert, der nicht erfasst werden konnte: %1</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was ist passiert</translation>
        </message>
        <message>
            <source>Immediate action taken</source>
            <translation>Ergriffene Sofortmaßnahme</translation>
        </message>
        <message>
            <source>Also put the batch on hold now</source>
            <translation>Charge außerdem jetzt anhalten</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::EventDetailView</name>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Alter Wert</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Neuer Wert</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>Select an event in the list to see everything it recorded.</source>
            <translation>Wählen Sie ein Ereignis in der Liste, um alles zu sehen, was es aufgezeichnet hat.</translation>
        </message>
        <message>
            <source>seq %1</source>
            <translation>Nr. %1</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Zeit (UTC)</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Event ID</source>
            <translation>Ereignis-ID</translation>
        </message>
        <message>
            <source>Recorded data</source>
            <translation>Aufgezeichnete Daten</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>Kette</translation>
        </message>
        <message>
            <source>Previous hash</source>
            <translation>Vorheriger Hash</translation>
        </message>
        <message>
            <source>Row hash</source>
            <translation>Zeilen-Hash</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::HeaderBar</name>
        <message>
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::HomeScreen</name>
        <message>
            <source>Audit trail</source>
            <translation>Audit-Trail</translation>
        </message>
        <message>
            <source>Read every recorded event and verify the integrity of the record.</source>
            <translation>Jedes aufgezeichnete Ereignis lesen und die Integrität der Aufzeichnung prüfen.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>See the user accounts of this station, their roles and state.</source>
            <translation>Die Benutzerkonten dieser Station mit Rollen und Status ansehen.</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Passwort ändern</translation>
        </message>
        <message>
            <source>Set a new password for your own account.</source>
            <translation>Ein neues Passwort für Ihr eigenes Konto festlegen.</translation>
        </message>
        <message>
            <source>Your session</source>
            <translation>Ihre Sitzung</translation>
        </message>
        <message>
            <source>Your latest recorded actions</source>
            <translation>Ihre zuletzt aufgezeichneten Aktionen</translation>
        </message>
        <message>
            <source>Choose what you want to do.</source>
            <translation>Wählen Sie, was Sie tun möchten.</translation>
        </message>
        <message>
            <source>Welcome, %1</source>
            <translation>Willkommen, %1</translation>
        </message>
        <message>
            <source>The screen locks after %1 min without input.</source>
            <translation>Der Bildschirm wird nach %1 min ohne Eingabe gesperrt.</translation>
        </message>
        <message>
            <source>The inactivity lock is switched off at this station.</source>
            <translation>Die Inaktivitätssperre ist an dieser Station ausgeschaltet.</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2).</source>
            <translation>Angemeldet als %1 (%2).</translation>
        </message>
        <message>
            <source>Roles: %1</source>
            <translation>Rollen: %1</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Chargen</translation>
        </message>
        <message>
            <source>Start a batch, continue one in progress, or look at its record.</source>
            <translation>Charge starten, eine laufende fortsetzen oder ihr Protokoll ansehen.</translation>
        </message>
        <message>
            <source>Live trends</source>
            <translation>Live-Trends</translation>
        </message>
        <message>
            <source>The readings of every instrument of this station, live.</source>
            <translation>Die Messwerte aller Geräte dieser Station, live.</translation>
        </message>
        <message>
            <source>Supervisor dashboard</source>
            <translation>Schichtleiter-Übersicht</translation>
        </message>
        <message>
            <source>Watch every station's batches, exceptions and trends live.</source>
            <translation>Chargen, Ausnahmen und Trends aller Stationen live verfolgen.</translation>
        </message>
        <message>
            <source>MVA monitor</source>
            <translation>MVA-Überwachung</translation>
        </message>
        <message>
            <source>Watch the running batch against its approved multivariate model.</source>
            <translation>Die laufende Charge gegen ihr genehmigtes multivariates Modell verfolgen.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::LimitBand</name>
        <message>
            <source>Target %1</source>
            <translation>Soll %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::LockScreen</name>
        <message>
            <source>Station locked</source>
            <translation>Station gesperrt</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>Only an administrator can open a session that another user locked. The switch is recorded in the audit trail.</source>
            <translation>Nur ein Administrator kann eine Sitzung öffnen, die ein anderer Benutzer gesperrt hat. Der Wechsel wird im Audit-Trail aufgezeichnet.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
        <message>
            <source>Locked by %1 (%2) at %3.</source>
            <translation>Gesperrt von %1 (%2) um %3.</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Gesperrt.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Password for %1</source>
            <translation>Passwort für %1</translation>
        </message>
        <message>
            <source>Switch and unlock</source>
            <translation>Wechseln und entsperren</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Benutzer wechseln</translation>
        </message>
        <message>
            <source>Enter the user ID and password.</source>
            <translation>Geben Sie Benutzer-ID und Passwort ein.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Geben Sie Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>Unlock refused.</source>
            <translation>Entsperren abgelehnt.</translation>
        </message>
        <message>
            <source>Attempts left before the account is locked: %1</source>
            <translation>Verbleibende Versuche, bevor das Konto gesperrt wird: %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::LoginScreen</name>
        <message>
            <source>BatchStation</source>
            <translation>BatchStation</translation>
        </message>
        <message>
            <source>Station %1</source>
            <translation>Station %1</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Enter your user ID and password.</source>
            <translation>Geben Sie Ihre Benutzer-ID und Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft…</translation>
        </message>
        <message>
            <source>User ID or password is wrong.</source>
            <translation>Benutzer-ID oder Passwort ist falsch.</translation>
        </message>
        <message>
            <source>Attempts left before the account is locked: %1</source>
            <translation>Verbleibende Versuche, bevor das Konto gesperrt wird: %1</translation>
        </message>
        <message>
            <source>This account is locked. Ask an administrator.</source>
            <translation>Dieses Konto ist gesperrt. Wenden Sie sich an einen Administrator.</translation>
        </message>
        <message>
            <source>Close the station…</source>
            <translation>Station schließen …</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Neues Passwort</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Passwort ändern</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Audit-Trail</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>BatchStation — %1 — %2</source>
            <translation>BatchStation — %1 — %2</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Chargen</translation>
        </message>
        <message>
            <source>Batch %1</source>
            <translation>Charge %1</translation>
        </message>
        <message>
            <source>Live trends</source>
            <translation>Live-Trends</translation>
        </message>
        <message>
            <source>Supervisor dashboard</source>
            <translation>Schichtleiter-Übersicht</translation>
        </message>
        <message>
            <source>MVA monitor</source>
            <translation>MVA-Überwachung</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::NumericInput</name>
        <message>
            <source>Enter the value by hand instead</source>
            <translation>Wert stattdessen von Hand eingeben</translation>
        </message>
        <message>
            <source>This value is expected from an instrument of class %1. A value entered by hand is recorded as an exception.</source>
            <translation>Dieser Wert wird von einem Gerät der Klasse %1 erwartet. Ein von Hand eingegebener Wert wird als Ausnahme erfasst.</translation>
        </message>
        <message>
            <source>Confirm value</source>
            <translation>Wert bestätigen</translation>
        </message>
        <message>
            <source>Capture from the instrument instead</source>
            <translation>Stattdessen vom Gerät übernehmen</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::NumericKeypad</name>
        <message>
            <source>Delete the last character</source>
            <translation>Letztes Zeichen löschen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ReasonDialog</name>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Another person authorises this (for example a supervisor)</source>
            <translation>Eine andere Person genehmigt das (zum Beispiel ein Schichtleiter)</translation>
        </message>
        <message>
            <source>User ID of the person who authorises</source>
            <translation>Benutzer-ID der genehmigenden Person</translation>
        </message>
        <message>
            <source>Their password</source>
            <translation>Deren Passwort</translation>
        </message>
        <message>
            <source>Enter the user ID and the password of the person who authorises.</source>
            <translation>Geben Sie die Benutzer-ID und das Passwort der genehmigenden Person ein.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ScanInput</name>
        <message>
            <source>Scan the label of the container of %1 — %2</source>
            <translation>Scannen Sie das Etikett des Gebindes von %1 — %2</translation>
        </message>
        <message>
            <source>Scan the equipment label: %1 — %2</source>
            <translation>Scannen Sie das Ausrüstungsetikett: %1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>Draw %n sample(s) and scan the first label (it starts with %1).</source>
            <translation>
                <numerusform>Ziehen Sie %n Probe und scannen Sie das erste Etikett (es beginnt mit %1).</numerusform>
                <numerusform>Ziehen Sie %n Proben und scannen Sie das erste Etikett (es beginnt mit %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Scan now, or type the id</source>
            <translation>Jetzt scannen oder die ID eintippen</translation>
        </message>
        <message>
            <source>Use the printed label id</source>
            <translation>ID des gedruckten Etiketts verwenden</translation>
        </message>
        <message>
            <source>Label id of the printed label.</source>
            <translation>ID des gedruckten Etiketts.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>Gescannt: %1</translation>
        </message>
        <message>
            <source>Typed by hand: %1</source>
            <translation>Von Hand eingetippt: %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::SignatureDialog</name>
        <message>
            <source>Electronic signature</source>
            <translation>Elektronische Unterschrift</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Unterschreiben</translation>
        </message>
        <message>
            <source>You are signing</source>
            <translation>Sie unterschreiben</translation>
        </message>
        <message>
            <source>Meaning: %1 — %2</source>
            <translation>Bedeutung: %1 — %2</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Kommentar (optional)</translation>
        </message>
        <message>
            <source>Another person signs with their own user ID and password.</source>
            <translation>Eine andere Person unterschreibt mit der eigenen Benutzer-ID und dem eigenen Passwort.</translation>
        </message>
        <message>
            <source>I sign myself (%1)</source>
            <translation>Ich unterschreibe selbst (%1)</translation>
        </message>
        <message>
            <source>You signed before in this session: enter your password.</source>
            <translation>Sie haben in dieser Sitzung bereits unterschrieben: geben Sie Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>Enter your user ID and password to sign.</source>
            <translation>Geben Sie zum Unterschreiben Ihre Benutzer-ID und Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>Another person signs</source>
            <translation>Eine andere Person unterschreibt</translation>
        </message>
        <message>
            <source>Printed name: %1</source>
            <translation>Name in Druckschrift: %1</translation>
        </message>
        <message>
            <source>Printed name: —</source>
            <translation>Name in Druckschrift: —</translation>
        </message>
        <message>
            <source>Enter the user ID and the password.</source>
            <translation>Geben Sie die Benutzer-ID und das Passwort ein.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Geben Sie Ihr Passwort ein.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::SignatureInput</name>
        <message>
            <source>Signature: %1</source>
            <translation>Unterschrift: %1</translation>
        </message>
        <message>
            <source>Signed by: %1</source>
            <translation>Unterschrift durch: %1</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>A second person signs: not the person who performed the work before this step.</source>
            <translation>Eine zweite Person unterschreibt: nicht die Person, die die Arbeit vor diesem Schritt ausgeführt hat.</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>Unterschreiben …</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StartBatchDialog</name>
        <message>
            <source>Start a batch</source>
            <translation>Charge starten</translation>
        </message>
        <message>
            <source>Start batch</source>
            <translation>Charge starten</translation>
        </message>
        <message>
            <source>Master batch record (effective version)</source>
            <translation>Master-Herstellvorschrift (gültige Version)</translation>
        </message>
        <message>
            <source>%1 — %2, version %3</source>
            <translation>%1 — %2, Version %3</translation>
        </message>
        <message>
            <source>Batch ID</source>
            <translation>Chargen-ID</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Chargengröße</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StationStatusBar</name>
        <message>
            <source>Station %1</source>
            <translation>Station %1</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Niemand angemeldet</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 — locked</source>
            <translation>%1 — gesperrt</translation>
        </message>
        <message>
            <source>No instruments</source>
            <translation>Keine Geräte</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>verbunden</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>verbindet</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>getrennt</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Sync: not configured</source>
            <translation>Sync: nicht eingerichtet</translation>
        </message>
        <message>
            <source>Sync: online, %1 events waiting</source>
            <translation>Sync: online, %1 Ereignisse ausstehend</translation>
        </message>
        <message>
            <source>Sync: online, up to date</source>
            <translation>Sync: online, aktuell</translation>
        </message>
        <message>
            <source>Sync: uploading, %1 events waiting</source>
            <translation>Sync: überträgt, %1 Ereignisse ausstehend</translation>
        </message>
        <message>
            <source>Sync: offline, %1 events waiting</source>
            <translation>Sync: offline, %1 Ereignisse ausstehend</translation>
        </message>
        <message>
            <source>clock off by %1 ms</source>
            <translation>Uhr weicht um %1 ms ab</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StepHistoryModel</name>
        <message>
            <source>running since %1</source>
            <translation>läuft seit %1</translation>
        </message>
        <message>
            <source>awaiting signature</source>
            <translation>wartet auf Unterschrift</translation>
        </message>
        <message>
            <source>(corrected)</source>
            <translation>(korrigiert)</translation>
        </message>
        <message numerus="yes">
            <source>%n signature(s)</source>
            <translation>
                <numerusform>%n Unterschrift</numerusform>
                <numerusform>%n Unterschriften</numerusform>
            </translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Value in force</source>
            <translation>Gültiger Wert</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Unterschriften</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StepHistoryView</name>
        <message>
            <source>instrument</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <source>computed by the station</source>
            <translation>von der Station berechnet</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>von Hand eingegeben</translation>
        </message>
        <message>
            <source>Correct this value…</source>
            <translation>Diesen Wert korrigieren …</translation>
        </message>
        <message>
            <source>Verify (second person)…</source>
            <translation>Verifizieren (zweite Person) …</translation>
        </message>
        <message>
            <source>The record of this batch so far (read-only). Select a step to see everything recorded for it.</source>
            <translation>Das bisherige Protokoll dieser Charge (nur lesen). Wählen Sie einen Schritt, um alles dazu Erfasste zu sehen.</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) recorded</source>
            <translation>
                <numerusform>%n Schritt erfasst</numerusform>
                <numerusform>%n Schritte erfasst</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;No step selected.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Kein Schritt ausgewählt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Step id</source>
            <translation>Schritt-ID</translation>
        </message>
        <message>
            <source>Recorded value</source>
            <translation>Erfasster Wert</translation>
        </message>
        <message>
            <source>Value in force</source>
            <translation>Gültiger Wert</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Gerät</translation>
        </message>
        <message>
            <source>Raw frame</source>
            <translation>Rohdatensatz</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>Stabil</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <source>within limits</source>
            <translation>innerhalb der Grenzen</translation>
        </message>
        <message>
            <source>outside the alert limits</source>
            <translation>außerhalb der Warngrenzen</translation>
        </message>
        <message>
            <source>outside the action limits</source>
            <translation>außerhalb der Eingriffsgrenzen</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <source>Performed by</source>
            <translation>Ausgeführt von</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestartet</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Unterschriften</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Korrekturen</translation>
        </message>
        <message>
            <source>%1 → %2 by %3 on %4. Reason: %5</source>
            <translation>%1 → %2 durch %3 am %4. Grund: %5</translation>
        </message>
        <message>
            <source>%1 (%2) raised by %3 on %4: %5. Immediate action: %6</source>
            <translation>%1 (%2) gemeldet von %3 am %4: %5. Sofortmaßnahme: %6</translation>
        </message>
        <message>
            <source>Continuation: %1</source>
            <translation>Fortsetzung: %1</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Abweichungen</translation>
        </message>
        <message>
            <source>%1 on %2: %3</source>
            <translation>%1 am %2: %3</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Kommentare</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StepInputWidget</name>
        <message>
            <source>No limits.</source>
            <translation>Keine Grenzen.</translation>
        </message>
        <message>
            <source>Within limits</source>
            <translation>Innerhalb der Grenzen</translation>
        </message>
        <message>
            <source>Outside the alert limits: recorded as an exception</source>
            <translation>Außerhalb der Warngrenzen: wird als Ausnahme erfasst</translation>
        </message>
        <message>
            <source>Outside the action limits: needs an approved deviation</source>
            <translation>Außerhalb der Eingriffsgrenzen: braucht eine genehmigte Abweichung</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StepRunnerScreen</name>
        <message>
            <source>Timer started at %1.</source>
            <translation>Timer gestartet um %1.</translation>
        </message>
        <message>
            <source>Recorded — %1: %2</source>
            <translation>Erfasst — %1: %2</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>Nicht erfasst: %1</translation>
        </message>
        <message>
            <source>Deviation %1: continuation %2</source>
            <translation>Abweichung %1: Fortsetzung %2</translation>
        </message>
        <message>
            <source>Deviation %1 (%2) raised by %3 on %4. A supervisor signs the continuation before the step can go on outside its limits.</source>
            <translation>Abweichung %1 (%2) gemeldet von %3 am %4. Ein Schichtleiter unterschreibt die Fortsetzung, bevor der Schritt außerhalb seiner Grenzen weitergehen kann.</translation>
        </message>
        <message>
            <source>Batch %1 · %2 (MBR %3 version %4)</source>
            <translation>Charge %1 · %2 (MBR %3 Version %4)</translation>
        </message>
        <message>
            <source>Procedure: %1</source>
            <translation>Prozedur: %1</translation>
        </message>
        <message>
            <source>%1 — signature "%2"</source>
            <translation>%1 — Unterschrift „%2“</translation>
        </message>
        <message>
            <source>Recorded in %1:</source>
            <translation>Erfasst in %1:</translation>
        </message>
        <message>
            <source>  %1. %2: %3 — %4, %5</source>
            <translation>  %1. %2: %3 — %4, %5</translation>
        </message>
        <message>
            <source>A second person signs with their own user ID and password: not the person who performed the work.</source>
            <translation>Eine zweite Person unterschreibt mit der eigenen Benutzer-ID und dem eigenen Passwort: nicht die Person, die die Arbeit ausgeführt hat.</translation>
        </message>
        <message>
            <source>Deviation %1 raised.</source>
            <translation>Abweichung %1 gemeldet.</translation>
        </message>
        <message>
            <source>Batch %1 · %2</source>
            <translation>Charge %1 · %2</translation>
        </message>
        <message>
            <source>Batch %1</source>
            <translation>Charge %1</translation>
        </message>
        <message>
            <source>Comment recorded.</source>
            <translation>Kommentar erfasst.</translation>
        </message>
        <message>
            <source>Resume the batch</source>
            <translation>Charge fortsetzen</translation>
        </message>
        <message>
            <source>Batch %1 is on hold: %2. Releasing a hold is a decision about the batch, usually a supervisor's.</source>
            <translation>Charge %1 ist angehalten: %2. Das Aufheben eines Halts ist eine Entscheidung über die Charge, meist die eines Schichtleiters.</translation>
        </message>
        <message>
            <source>Resume batch</source>
            <translation>Charge fortsetzen</translation>
        </message>
        <message>
            <source>User ID or password is wrong.</source>
            <translation>Benutzer-ID oder Passwort ist falsch.</translation>
        </message>
        <message>
            <source>Put the batch on hold</source>
            <translation>Charge anhalten</translation>
        </message>
        <message>
            <source>No step of batch %1 can be executed while it is on hold.</source>
            <translation>Solange Charge %1 angehalten ist, kann kein Schritt ausgeführt werden.</translation>
        </message>
        <message>
            <source>Hold batch</source>
            <translation>Charge anhalten</translation>
        </message>
        <message>
            <source>Batch %1 resumed.</source>
            <translation>Charge %1 fortgesetzt.</translation>
        </message>
        <message>
            <source>Batch %1 is on hold.</source>
            <translation>Charge %1 ist angehalten.</translation>
        </message>
        <message>
            <source>Correction of %1 recorded; the old value stays in the record.</source>
            <translation>Korrektur von %1 erfasst; der alte Wert bleibt im Protokoll.</translation>
        </message>
        <message>
            <source>A second person verifies the recorded value with their own user ID and password.</source>
            <translation>Eine zweite Person verifiziert den erfassten Wert mit der eigenen Benutzer-ID und dem eigenen Passwort.</translation>
        </message>
        <message>
            <source>Continuation after deviation %1</source>
            <translation>Fortsetzung nach Abweichung %1</translation>
        </message>
        <message>
            <source>Batch %1, step %2
Category: %3
What happened: %4
Immediate action: %5
Raised by %6 on %7</source>
            <translation>Charge %1, Schritt %2
Kategorie: %3
Was ist passiert: %4
Sofortmaßnahme: %5
Gemeldet von %6 am %7</translation>
        </message>
        <message>
            <source>Value that could not be recorded: %1</source>
            <translation>Wert, der nicht erfasst werden konnte: %1</translation>
        </message>
        <message>
            <source>A supervisor who did not raise the deviation signs the continuation.</source>
            <translation>Ein Schichtleiter, der die Abweichung nicht gemeldet hat, unterschreibt die Fortsetzung.</translation>
        </message>
        <message>
            <source>Continuation signed: %1</source>
            <translation>Fortsetzung unterschrieben: %1</translation>
        </message>
        <message>
            <source>Raise a deviation…</source>
            <translation>Abweichung melden …</translation>
        </message>
        <message>
            <source>Sign the continuation…</source>
            <translation>Fortsetzung unterschreiben …</translation>
        </message>
        <message>
            <source>Back to the batch list</source>
            <translation>Zurück zur Chargenliste</translation>
        </message>
        <message>
            <source>Show the record</source>
            <translation>Protokoll anzeigen</translation>
        </message>
        <message>
            <source>Record so far</source>
            <translation>Bisheriges Protokoll</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Batch list</source>
            <translation>Chargenliste</translation>
        </message>
        <message>
            <source>Parallel branches:</source>
            <translation>Parallele Zweige:</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Schritt %1: %2</translation>
        </message>
        <message>
            <source>All %1 steps done</source>
            <translation>Alle %1 Schritte erledigt</translation>
        </message>
        <message>
            <source>Step %1 of %2 · %3 done</source>
            <translation>Schritt %1 von %2 · %3 erledigt</translation>
        </message>
        <message>
            <source>Batch %1 running</source>
            <translation>Charge %1 läuft</translation>
        </message>
        <message>
            <source>Batch %1 ON HOLD: %2</source>
            <translation>Charge %1 ANGEHALTEN: %2</translation>
        </message>
        <message>
            <source>Batch %1 finished</source>
            <translation>Charge %1 abgeschlossen</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Picture %1 is not available at this station.</source>
            <translation>Bild %1 ist an dieser Station nicht verfügbar.</translation>
        </message>
        <message>
            <source>Batch %1 is finished: every step is recorded.</source>
            <translation>Charge %1 ist abgeschlossen: alle Schritte sind erfasst.</translation>
        </message>
        <message>
            <source>Back to the step</source>
            <translation>Zurück zum Schritt</translation>
        </message>
        <message>
            <source>%1 %2 is outside the tolerance (%3).</source>
            <translation>%1 %2 liegt außerhalb der Toleranz (%3).</translation>
        </message>
        <message>
            <source>%1 %2 is outside the action limits (%3): it needs an approved deviation.</source>
            <translation>%1 %2 liegt außerhalb der Eingriffsgrenzen (%3): es braucht eine genehmigte Abweichung.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::SupervisorDashboard</name>
        <message>
            <source>Connecting to the central database…</source>
            <translation>Verbindung zur zentralen Datenbank …</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Station</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>Clock offset</source>
            <translation>Uhrabweichung</translation>
        </message>
        <message>
            <source>Reported ahead</source>
            <translation>Vorab gemeldet</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>MBR</source>
            <translation>MBR</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Aktueller Schritt</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Abweichungen</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Exception</source>
            <translation>Ausnahme</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>MVA alarms</source>
            <translation>MVA-Alarme</translation>
        </message>
        <message>
            <source>Priority events</source>
            <translation>Prioritätsereignisse</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Zeit (UTC)</translation>
        </message>
        <message>
            <source>Supervisor dashboard — all stations</source>
            <translation>Schichtleiter-Übersicht — alle Stationen</translation>
        </message>
        <message>
            <source>Instrument trend</source>
            <translation>Gerätetrend</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Stationen</translation>
        </message>
        <message>
            <source>Batches in progress</source>
            <translation>Laufende Chargen</translation>
        </message>
        <message>
            <source>Recent exceptions</source>
            <translation>Neueste Ausnahmen</translation>
        </message>
        <message>
            <source>Alarms and priority events</source>
            <translation>Alarme und Prioritätsereignisse</translation>
        </message>
        <message>
            <source>The central database refused a query: %1</source>
            <translation>Die zentrale Datenbank hat eine Abfrage abgelehnt: %1</translation>
        </message>
        <message>
            <source>Central database unreachable — showing the last data received. %1</source>
            <translation>Zentrale Datenbank nicht erreichbar — es werden die zuletzt empfangenen Daten gezeigt. %1</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Live — updated %1 UTC (times below: UTC)</source>
            <translation>Live — aktualisiert %1 UTC (Zeiten unten: UTC)</translation>
        </message>
        <message>
            <source>MVA alarms (%1)</source>
            <translation>MVA-Alarme (%1)</translation>
        </message>
        <message>
            <source>Priority events (%1)</source>
            <translation>Prioritätsereignisse (%1)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 not yet in order</source>
            <translation>%1 noch nicht in Reihenfolge</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht gestartet</translation>
        </message>
        <message>
            <source>%1 (running)</source>
            <translation>%1 (läuft)</translation>
        </message>
        <message>
            <source>%1 (completed)</source>
            <translation>%1 (abgeschlossen)</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n offen</numerusform>
                <numerusform>%n offen</numerusform>
            </translation>
        </message>
        <message>
            <source>in the record (seq %1)</source>
            <translation>im Protokoll (Nr. %1)</translation>
        </message>
        <message>
            <source>reported ahead (seq %1)</source>
            <translation>vorab gemeldet (Nr. %1)</translation>
        </message>
        <message>
            <source>No instrument values recorded yet</source>
            <translation>Noch keine Gerätewerte erfasst</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::SyncStatusLabel</name>
        <message>
            <source>Central database: connecting…</source>
            <translation>Zentrale Datenbank: verbindet …</translation>
        </message>
        <message>
            <source>never synchronised</source>
            <translation>nie synchronisiert</translation>
        </message>
        <message>
            <source>last sync %1 UTC</source>
            <translation>letzte Synchronisation %1 UTC</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) waiting</source>
            <translation>
                <numerusform>%n Ereignis ausstehend</numerusform>
                <numerusform>%n Ereignisse ausstehend</numerusform>
            </translation>
        </message>
        <message>
            <source>Central database online · %1 · %2</source>
            <translation>Zentrale Datenbank online · %1 · %2</translation>
        </message>
        <message>
            <source>Central database unreachable · %1 · %2</source>
            <translation>Zentrale Datenbank nicht erreichbar · %1 · %2</translation>
        </message>
        <message>
            <source>clock off by %1 ms</source>
            <translation>Uhr weicht um %1 ms ab</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::TextInput</name>
        <message>
            <source>Your entry:</source>
            <translation>Ihre Eingabe:</translation>
        </message>
        <message>
            <source>%1 of at most %2 characters</source>
            <translation>%1 von höchstens %2 Zeichen</translation>
        </message>
        <message>
            <source>Confirm text</source>
            <translation>Text bestätigen</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::TimerInput</name>
        <message>
            <source>Time elapsed</source>
            <translation>Verstrichene Zeit</translation>
        </message>
        <message>
            <source>Start timer</source>
            <translation>Timer starten</translation>
        </message>
        <message>
            <source>Complete timer</source>
            <translation>Timer abschließen</translation>
        </message>
        <message>
            <source>Runs at least %1 and at most %2. Start it when the work begins.</source>
            <translation>Läuft mindestens %1 und höchstens %2. Starten Sie ihn, wenn die Arbeit beginnt.</translation>
        </message>
        <message>
            <source>Minimum %1: %2 to go</source>
            <translation>Minimum %1: noch %2</translation>
        </message>
        <message>
            <source>Minimum %1 reached</source>
            <translation>Minimum %1 erreicht</translation>
        </message>
        <message>
            <source>Maximum %1: %2 left</source>
            <translation>Maximum %1: %2 übrig</translation>
        </message>
        <message>
            <source>Maximum %1 exceeded by %2: recorded as an overrun</source>
            <translation>Maximum %1 um %2 überschritten: wird als Überschreitung erfasst</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::TouchDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::TrendsScreen</name>
        <message>
            <source>Time window:</source>
            <translation>Zeitfenster:</translation>
        </message>
        <message>
            <source>1 min</source>
            <translation>1 min</translation>
        </message>
        <message>
            <source>10 min</source>
            <translation>10 min</translation>
        </message>
        <message>
            <source>1 h</source>
            <translation>1 h</translation>
        </message>
        <message>
            <source>8 h</source>
            <translation>8 h</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Früher</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>No instrument is connected to this station: there is nothing to trend.</source>
            <translation>An dieser Station ist kein Gerät angeschlossen: es gibt keinen Trend.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Live: %1 to now (%2)</source>
            <translation>Live: %1 bis jetzt (%2)</translation>
        </message>
        <message>
            <source>Paused: %1 to %2</source>
            <translation>Pausiert: %1 bis %2</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::UsersModel</name>
        <message>
            <source>Disabled</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>Locked after failed sign-ins</source>
            <translation>Nach Fehlanmeldungen gesperrt</translation>
        </message>
        <message>
            <source>Active, must change password</source>
            <translation>Aktiv, muss Passwort ändern</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Benutzer-ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Password changed (UTC)</source>
            <translation>Passwort geändert (UTC)</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::UsersView</name>
        <message>
            <source>User accounts of this station (read-only).</source>
            <translation>Benutzerkonten dieser Station (nur lesen).</translation>
        </message>
        <message>
            <source>User accounts: %1</source>
            <translation>Benutzerkonten: %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::WeighInput</name>
        <message>
            <source>%1 %2 — target %3 %4, tolerance %5 to %6 %4</source>
            <translation>%1 %2 — Soll %3 %4, Toleranz %5 bis %6 %4</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::WeighPanel</name>
        <message>
            <source>Tare</source>
            <translation>Tarieren</translation>
        </message>
        <message>
            <source>Zero</source>
            <translation>Nullstellen</translation>
        </message>
        <message>
            <source>Capture weight</source>
            <translation>Gewicht übernehmen</translation>
        </message>
        <message>
            <source>No balance of class %1 is connected to this station.</source>
            <translation>An dieser Station ist keine Waage der Klasse %1 angeschlossen.</translation>
        </message>
        <message>
            <source>No balance of class %1 is connected. The weight cannot be captured; ask for the balance to be connected, or raise a deviation.</source>
            <translation>Keine Waage der Klasse %1 ist angeschlossen. Das Gewicht kann nicht übernommen werden; lassen Sie die Waage anschließen oder melden Sie eine Abweichung.</translation>
        </message>
        <message>
            <source>%1 · %2 · serial %3</source>
            <translation>%1 · %2 · Seriennr. %3</translation>
        </message>
        <message>
            <source>not on file</source>
            <translation>nicht hinterlegt</translation>
        </message>
        <message>
            <source>Calibration status unknown: no instrument master entry</source>
            <translation>Kalibrierstatus unbekannt: kein Eintrag im Gerätestamm</translation>
        </message>
        <message>
            <source>Calibrated, due %1</source>
            <translation>Kalibriert, fällig am %1</translation>
        </message>
        <message>
            <source>Calibration overdue since %1</source>
            <translation>Kalibrierung überfällig seit %1</translation>
        </message>
        <message>
            <source>The balance did not tare: %1</source>
            <translation>Die Waage hat nicht tariert: %1</translation>
        </message>
        <message>
            <source>The balance did not zero: %1</source>
            <translation>Die Waage hat nicht auf null gestellt: %1</translation>
        </message>
        <message>
            <source>Demo: the pan of the simulated balance</source>
            <translation>Demo: die Waagschale der simulierten Waage</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Sollwert</translation>
        </message>
        <message>
            <source>+1 %</source>
            <translation>+1 %</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Balance %1 was refused: it is not the instrument on file (%2).</source>
            <translation>Waage %1 wurde abgelehnt: sie ist nicht das hinterlegte Gerät (%2).</translation>
        </message>
        <message>
            <source>Balance %1 is connecting…</source>
            <translation>Waage %1 verbindet …</translation>
        </message>
        <message>
            <source>Balance %1 is disconnected (%2). Reconnecting…</source>
            <translation>Waage %1 ist getrennt (%2). Neue Verbindung …</translation>
        </message>
        <message>
            <source>Waiting for the first reading of balance %1…</source>
            <translation>Warten auf den ersten Messwert von Waage %1 …</translation>
        </message>
        <message>
            <source>No reading from balance %1 for %2 s: the balance does not answer (timeout).</source>
            <translation>Seit %2 s kein Messwert von Waage %1: die Waage antwortet nicht (Zeitüberschreitung).</translation>
        </message>
        <message>
            <source>No weight</source>
            <translation>Kein Gewicht</translation>
        </message>
        <message>
            <source>No reading</source>
            <translation>Kein Messwert</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>Stabil</translation>
        </message>
        <message>
            <source>Moving</source>
            <translation>In Bewegung</translation>
        </message>
        <message>
            <source>Outside the action limits</source>
            <translation>Außerhalb der Eingriffsgrenzen</translation>
        </message>
        <message>
            <source>Outside the alert limits</source>
            <translation>Außerhalb der Warngrenzen</translation>
        </message>
        <message>
            <source>Within limits</source>
            <translation>Innerhalb der Grenzen</translation>
        </message>
        <message>
            <source>Below tolerance: add %1 %2 to reach the target</source>
            <translation>Unter der Toleranz: %1 %2 zugeben, um den Sollwert zu erreichen</translation>
        </message>
        <message>
            <source>Above tolerance: remove %1 %2</source>
            <translation>Über der Toleranz: %1 %2 entnehmen</translation>
        </message>
        <message>
            <source>Within tolerance</source>
            <translation>Innerhalb der Toleranz</translation>
        </message>
        <message>
            <source>No reading to capture.</source>
            <translation>Kein Messwert zum Übernehmen.</translation>
        </message>
        <message>
            <source>The engine will accept this reading.</source>
            <translation>Die Ausführung wird diesen Messwert annehmen.</translation>
        </message>
        <message>
            <source>Cannot capture: %1</source>
            <translation>Übernahme nicht möglich: %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::ContributionChart</name>
        <message>
            <source>contribution</source>
            <translation>Beitrag</translation>
        </message>
        <message>
            <source>Contributions: click a point in any chart</source>
            <translation>Beiträge: tippen Sie auf einen Punkt in einem Diagramm</translation>
        </message>
        <message>
            <source> ▲ high</source>
            <translation> ▲ hoch</translation>
        </message>
        <message>
            <source> ▼ low</source>
            <translation> ▼ niedrig</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::ControlChart</name>
        <message>
            <source>95 % limit</source>
            <translation>95-%-Grenze</translation>
        </message>
        <message>
            <source>99 % limit</source>
            <translation>99-%-Grenze</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>maturity</source>
            <translation>Reifegrad</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::MvaBatchPanel</name>
        <message>
            <source>Hotelling T²</source>
            <translation>Hotelling T²</translation>
        </message>
        <message>
            <source>T²</source>
            <translation>T²</translation>
        </message>
        <message>
            <source>SPE (residual)</source>
            <translation>SPE (Residuum)</translation>
        </message>
        <message>
            <source>SPE</source>
            <translation>SPE</translation>
        </message>
        <message>
            <source>DModX</source>
            <translation>DModX</translation>
        </message>
        <message>
            <source>Score trajectory</source>
            <translation>Score-Verlauf</translation>
        </message>
        <message>
            <source>t1</source>
            <translation>t1</translation>
        </message>
        <message>
            <source>moisture</source>
            <translation>Feuchte</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Contributions to</source>
            <translation>Beiträge zu</translation>
        </message>
        <message>
            <source>&lt;span style='color:#1f4e8c'&gt;━━&lt;/span&gt; this batch &amp;nbsp;&amp;nbsp; &lt;span style='color:#b07f00'&gt;╍╍&lt;/span&gt; 95 % limit &amp;nbsp;&amp;nbsp; &lt;span style='color:#c62828'&gt;╍╍&lt;/span&gt; 99 % limit / ellipse &amp;nbsp;&amp;nbsp; &lt;span style='color:#c62828'&gt;■&lt;/span&gt; alarm: beyond the 99 % limit or ± 3 SD &amp;nbsp;&amp;nbsp; &lt;span style='color:#8d9399'&gt;▒&lt;/span&gt; average batch ± 3 SD &amp;nbsp;&amp;nbsp; ◯ selected point (click any point)</source>
            <translation>&lt;span style='color:#1f4e8c'&gt;━━&lt;/span&gt; diese Charge &amp;nbsp;&amp;nbsp; &lt;span style='color:#b07f00'&gt;╍╍&lt;/span&gt; 95-%-Grenze &amp;nbsp;&amp;nbsp; &lt;span style='color:#c62828'&gt;╍╍&lt;/span&gt; 99-%-Grenze / Ellipse &amp;nbsp;&amp;nbsp; &lt;span style='color:#c62828'&gt;■&lt;/span&gt; Alarm: jenseits der 99-%-Grenze oder ± 3 SD &amp;nbsp;&amp;nbsp; &lt;span style='color:#8d9399'&gt;▒&lt;/span&gt; mittlere Charge ± 3 SD &amp;nbsp;&amp;nbsp; ◯ gewählter Punkt (auf einen Punkt tippen)</translation>
        </message>
        <message>
            <source>Score t%1 trajectory</source>
            <translation>Verlauf von Score t%1</translation>
        </message>
        <message>
            <source>99 % ellipse</source>
            <translation>99-%-Ellipse</translation>
        </message>
        <message>
            <source>t%1</source>
            <translation>t%1</translation>
        </message>
        <message>
            <source>Soft sensor: predicted vs observed %1</source>
            <translation>Softsensor: vorhergesagt gegen beobachtet %1</translation>
        </message>
        <message>
            <source>the distance from the average batch</source>
            <translation>der Abstand zur mittleren Charge</translation>
        </message>
        <message>
            <source>Contributions to %1 at %2 %3</source>
            <translation>Beiträge zu %1 bei %2 %3</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::MvaChartView</name>
        <message>
            <source>selected</source>
            <translation>ausgewählt</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::MvaMonitorView</name>
        <message>
            <source>ACTIVE — not acknowledged</source>
            <translation>AKTIV — nicht quittiert</translation>
        </message>
        <message>
            <source>active — acknowledged</source>
            <translation>aktiv — quittiert</translation>
        </message>
        <message>
            <source>cleared — not acknowledged</source>
            <translation>aufgehoben — nicht quittiert</translation>
        </message>
        <message>
            <source>cleared — acknowledged</source>
            <translation>aufgehoben — quittiert</translation>
        </message>
        <message>
            <source>No fault</source>
            <translation>Kein Fehler</translation>
        </message>
        <message>
            <source>Nozzle clogging from minute 15</source>
            <translation>Düsenverstopfung ab Minute 15</translation>
        </message>
        <message>
            <source>Inlet temperature drift from minute 15</source>
            <translation>Drift der Zulufttemperatur ab Minute 15</translation>
        </message>
        <message>
            <source>Product temperature sensor freeze at minute 45</source>
            <translation>Produkttemperatursensor friert bei Minute 45 ein</translation>
        </message>
        <message>
            <source>Simulate batch</source>
            <translation>Charge simulieren</translation>
        </message>
        <message>
            <source>Acknowledge alarm</source>
            <translation>Alarm quittieren</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Raised (UTC)</source>
            <translation>Ausgelöst (UTC)</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation>Quittiert von</translation>
        </message>
        <message>
            <source>MVA monitor</source>
            <translation>MVA-Überwachung</translation>
        </message>
        <message>
            <source>No approved batch evolution model '%1'.</source>
            <translation>Kein genehmigtes Chargenverlaufsmodell '%1'.</translation>
        </message>
        <message>
            <source>Model %1 v%2, approved by %3 at %4 UTC%5</source>
            <translation>Modell %1 v%2, genehmigt von %3 um %4 UTC%5</translation>
        </message>
        <message>
            <source>; soft sensor %1 v%2</source>
            <translation>; Softsensor %1 v%2</translation>
        </message>
        <message>
            <source>Ready: start a batch to monitor it.</source>
            <translation>Bereit: starten Sie eine Charge, um sie zu überwachen.</translation>
        </message>
        <message>
            <source>Monitoring simulated batch %1.</source>
            <translation>Simulierte Charge %1 wird überwacht.</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 um %2</translation>
        </message>
        <message numerus="yes">
            <source>%n MVA alarm(s) active on batch %1: %2</source>
            <translation>
                <numerusform>%n MVA-Alarm aktiv bei Charge %1: %2</numerusform>
                <numerusform>%n MVA-Alarme aktiv bei Charge %1: %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Select an alarm to acknowledge.</source>
            <translation>Wählen Sie einen Alarm zum Quittieren.</translation>
        </message>
        <message>
            <source>Alarm acknowledged by %1.</source>
            <translation>Alarm quittiert von %1.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::PredictedObservedChart</name>
        <message>
            <source>Soft sensor: predicted vs observed %1</source>
            <translation>Softsensor: vorhergesagt gegen beobachtet %1</translation>
        </message>
        <message>
            <source>y = x</source>
            <translation>y = x</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>vertrauenswürdig</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>nicht vertrauenswürdig</translation>
        </message>
        <message>
            <source>observed %1</source>
            <translation>beobachtet %1</translation>
        </message>
        <message>
            <source>predicted %1</source>
            <translation>vorhergesagt %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::ScoreScatterChart</name>
        <message>
            <source>Score plot</source>
            <translation>Score-Diagramm</translation>
        </message>
        <message>
            <source>mean batch</source>
            <translation>mittlere Charge</translation>
        </message>
        <message>
            <source>99 % ellipse</source>
            <translation>99-%-Ellipse</translation>
        </message>
        <message>
            <source>batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>t%1</source>
            <translation>t%1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::TrajectoryChart</name>
        <message>
            <source>±3 SD</source>
            <translation>±3 SD</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>Alarm</translation>
        </message>
        <message>
            <source>maturity</source>
            <translation>Reifegrad</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>BatchStation</source>
            <translation>BatchStation</translation>
        </message>
        <message>
            <source>The station database cannot be opened:
%1</source>
            <translation>Die Stationsdatenbank kann nicht geöffnet werden:
%1</translation>
        </message>
        <message>
            <source>Use either --db or --demo.</source>
            <translation>Verwenden Sie entweder --db oder --demo.</translation>
        </message>
        <message>
            <source>--db needs --key-file.</source>
            <translation>--db benötigt --key-file.</translation>
        </message>
        <message>
            <source>The action could not be completed:
%1</source>
            <translation>Die Aktion konnte nicht abgeschlossen werden:
%1</translation>
        </message>
        <message>
            <source>Demo mode — users %1, password %2</source>
            <translation>Demomodus — Benutzer %1, Passwort %2</translation>
        </message>
        <message>
            <source>Setting up the demo station (first start only)…</source>
            <translation>Die Demostation wird eingerichtet (nur beim ersten Start) …</translation>
        </message>
    </context>
</TS>
