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
    <message>
        <source>A reason is required.</source>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>Unknown signer %1.</source>
        <translation>Unbekannter Unterzeichner %1.</translation>
    </message>
    <message>
        <source>Step %1 is not completed yet; there is nothing to sign.</source>
        <translation>Schritt %1 ist noch nicht abgeschlossen; es gibt nichts zu unterschreiben.</translation>
    </message>
    <message>
        <source>Step %1 needs a &quot;%2&quot; signature, not &quot;%3&quot;.</source>
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
        <translation>Schritt %1 ist bereits abgeschlossen; eine Abweichung wird gemeldet, bevor er abgeschlossen wird.</translation>
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
        <translation>Die Fortsetzung von %1 ist bereits unterschrieben.</translation>
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
        <source>Step %1 already has the value %2.</source>
        <translation>Schritt %1 hat bereits den Wert %2.</translation>
    </message>
    <message>
        <source>Step %1: the corrected equipment %2 would need an override; record its cleaning first.</source>
        <translation>Schritt %1: die korrigierte Ausrüstung %2 bräuchte eine Übersteuerung; erfassen Sie zuerst ihre Reinigung.</translation>
    </message>
    <message>
        <source>Step %1: corrected value %2 %3 is outside the limits (%4).</source>
        <translation>Schritt %1: der korrigierte Wert %2 %3 liegt außerhalb der Grenzen (%4).</translation>
    </message>
    <message>
        <source>Step %1 corrected from %2 to %3.</source>
        <translation>Schritt %1 von %2 auf %3 korrigiert.</translation>
    </message>
    <message>
        <source>Step %1 is signed by %2 (%3); a correction needs that role or higher.</source>
        <translation>Schritt %1 ist von %2 (%3) unterschrieben; eine Korrektur braucht diese Rolle oder eine höhere.</translation>
    </message>
    <message>
        <source>equipment check %1 corrected to %2</source>
        <translation>Ausrüstungsprüfung %1 auf %2 korrigiert</translation>
    </message>
    <message>
        <source>Step %1 recomputed from %2 to %3 after the correction of %4.</source>
        <translation>Schritt %1 nach der Korrektur von %4 von %2 auf %3 neu berechnet.</translation>
    </message>
    <message>
        <source>recomputed: input %1 corrected to %2 (correction %3/%4: %5)</source>
        <translation>neu berechnet: Eingangswert %1 auf %2 korrigiert (Korrektur %3/%4: %5)</translation>
    </message>
    <message>
        <source>Step %1: recomputed value %2 %3 is outside the %4 limits (%5).</source>
        <translation>Schritt %1: der neu berechnete Wert %2 %3 liegt außerhalb der %4grenzen (%5).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Eingriffs</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Warn</translation>
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
        <translation>MBR %1 Version %2 entspricht nicht mehr dem an Charge %3 gebundenen Inhalts-Hash.</translation>
    </message>
    <message>
        <source>Batch %1 is on hold (%2); resume it first.</source>
        <translation>Charge %1 ist angehalten (%2); setzen Sie sie zuerst fort.</translation>
    </message>
    <message>
        <source>Batch %1 was dispositioned (%2) by %3 at %4; its record is closed.</source>
        <translation>Über Charge %1 wurde entschieden (%2) von %3 am %4; ihr Protokoll ist geschlossen.</translation>
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
        <translation>Die Stationsuhr (%1) liegt hinter dem neuesten Ereignis von Charge %2 (%3).</translation>
    </message>
    <message>
        <source>batch %1 finished</source>
        <translation>Charge %1 abgeschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid batch id (letters, digits, . _ -; at most 64).</source>
        <translation>„%1“ ist keine gültige Chargennummer (Buchstaben, Ziffern, . _ -; höchstens 64).</translation>
    </message>
    <message>
        <source>Batch id %1 is already used.</source>
        <translation>Die Chargennummer %1 ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The batch size must be a positive decimal number, not &quot;%1&quot;.</source>
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
        <translation>Schritt %1: %2 %3 liegt außerhalb der %4grenzen (%5).</translation>
    </message>
    <message>
        <source>Step %1 expects an instrument value; it was entered by hand.</source>
        <translation>Schritt %1 erwartet einen Gerätewert; er wurde von Hand eingegeben.</translation>
    </message>
    <message>
        <source>Step %1 expects an instrument value; it was entered by hand under override %2.</source>
        <translation>Schritt %1 erwartet einen Gerätewert; er wurde mit Übersteuerung %2 von Hand eingegeben.</translation>
    </message>
    <message>
        <source>Timer %1 ran %2 s, longer than its maximum of %3 s.</source>
        <translation>Timer %1 lief %2 s, länger als sein Maximum von %3 s.</translation>
    </message>
    <message>
        <source>User %1 may not change site settings (needs %2).</source>
        <translation>Benutzer %1 darf keine Standorteinstellungen ändern (braucht %2).</translation>
    </message>
    <message>
        <source>A reason is required for this change.</source>
        <translation>Für diese Änderung ist eine Begründung erforderlich.</translation>
    </message>
    <message>
        <source>The entry window must be 0 to %1 seconds.</source>
        <translation>Das Eingabefenster muss 0 bis %1 Sekunden betragen.</translation>
    </message>
    <message>
        <source>The MBR allows a supervisor&apos;s override for this step.</source>
        <translation>Das MBR erlaubt für diesen Schritt eine Übersteuerung durch einen Schichtleiter.</translation>
    </message>
    <message>
        <source>Step %1 must be captured from the instrument; it cannot be entered by hand.</source>
        <translation>Schritt %1 muss vom Gerät übernommen werden; er kann nicht von Hand eingegeben werden.</translation>
    </message>
    <message>
        <source>Step %1 expects an instrument value; entering it by hand needs a supervisor&apos;s override.</source>
        <translation>Schritt %1 erwartet einen Gerätewert; die Eingabe von Hand braucht eine Übersteuerung durch einen Schichtleiter.</translation>
    </message>
    <message>
        <source>Raise a deviation before the step can complete.</source>
        <translation>Melden Sie eine Abweichung, bevor der Schritt abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>Deviation %1 is raised; a supervisor must sign the continuation before the step can complete.</source>
        <translation>Abweichung %1 ist gemeldet; ein Schichtleiter muss die Fortsetzung unterschreiben, bevor der Schritt abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>Raise a deviation and have a supervisor sign the continuation before the step can complete.</source>
        <translation>Melden Sie eine Abweichung und lassen Sie einen Schichtleiter die Fortsetzung unterschreiben, bevor der Schritt abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>Step %1 was entered %2 s after it became current (%3), later than its entry window of %4 s.</source>
        <translation>Schritt %1 wurde %2 s, nachdem er aktuell wurde (%3), eingegeben, später als sein Eingabefenster von %4 s.</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Step %1 does not allow a manual-entry override (the MBR needs an instrument step with manualEntry &quot;override&quot;).</source>
        <translation>Schritt %1 erlaubt keine Übersteuerung der Handeingabe (das MBR braucht einen Geräteschritt mit manualEntry „override“).</translation>
    </message>
    <message>
        <source>Step %1 does not allow a cleaning override (the MBR needs an equipment check with cleaningOverride).</source>
        <translation>Schritt %1 erlaubt keine Reinigungs-Übersteuerung (das MBR braucht eine Ausrüstungsprüfung mit cleaningOverride).</translation>
    </message>
    <message>
        <source>reason of the override</source>
        <translation>Begründung der Übersteuerung</translation>
    </message>
    <message>
        <source>An override is signed by a supervisor (handle_deviations); %1 may not.</source>
        <translation>Eine Übersteuerung unterschreibt ein Schichtleiter (handle_deviations); %1 darf das nicht.</translation>
    </message>
    <message>
        <source>An override must be signed by a second person, not by %1 who asks for it.</source>
        <translation>Eine Übersteuerung muss von einer zweiten Person unterschrieben werden, nicht von %1, der sie anfordert.</translation>
    </message>
    <message>
        <source>Step %1 already has the approved override %2.</source>
        <translation>Schritt %1 hat bereits die genehmigte Übersteuerung %2.</translation>
    </message>
    <message>
        <source>Override %1 (%2) on step %3: %4</source>
        <translation>Übersteuerung %1 (%2) an Schritt %3: %4</translation>
    </message>
    <message>
        <source>Deviation %1 is already closed.</source>
        <translation>Abweichung %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>A deviation is closed by a holder of handle_deviations (supervisor or QA); %1 may not.</source>
        <translation>Eine Abweichung schließt ein Inhaber von handle_deviations (Schichtleiter oder QS); %1 darf das nicht.</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>CAPA reference</source>
        <translation>CAPA-Referenz</translation>
    </message>
    <message>
        <source>Deviation %1 was raised by %2, who may not also close it.</source>
        <translation>Abweichung %1 wurde von %2 gemeldet, der sie nicht auch abschließen darf.</translation>
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
        <source>&quot;%1&quot; is not a decimal number.</source>
        <translation>„%1“ ist keine Dezimalzahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimal places.</source>
        <translation>„%1“ hat mehr als %2 Nachkommastellen.</translation>
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
        <translation>Warngrenze unten %1</translation>
    </message>
    <message>
        <source>alert high %1</source>
        <translation>Warngrenze oben %1</translation>
    </message>
    <message>
        <source>this step takes no value (acknowledge only).</source>
        <translation>dieser Schritt nimmt keinen Wert (nur Bestätigung).</translation>
    </message>
    <message>
        <source>every item of the checklist must be ticked (value &quot;all&quot;).</source>
        <translation>jeder Punkt der Checkliste muss abgehakt sein (Wert „all“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options: %2.</source>
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
        <translation>die gescannte Los-Nummer</translation>
    </message>
    <message>
        <source>the scanned equipment id</source>
        <translation>die gescannte Ausrüstungsnummer</translation>
    </message>
    <message>
        <source>the sample label id</source>
        <translation>die Nummer des Probenetiketts</translation>
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
        <source>Step %1: this is not an instrument reading.</source>
        <translation>Schritt %1: das ist kein Gerätewert.</translation>
    </message>
    <message>
        <source>Step %1: %2 %3 is outside the action limits (%4).</source>
        <translation>Schritt %1: %2 %3 liegt außerhalb der Eingriffsgrenzen (%4).</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>There is no equipment %1.</source>
        <translation>Es gibt keine Ausrüstung %1.</translation>
    </message>
    <message>
        <source>equipment id</source>
        <translation>Ausrüstungsnummer</translation>
    </message>
    <message>
        <source>equipment class</source>
        <translation>Ausrüstungsklasse</translation>
    </message>
    <message>
        <source>equipment name</source>
        <translation>Ausrüstungsname</translation>
    </message>
    <message>
        <source>The clean hold time must be 1 to %1 hours, not %2.</source>
        <translation>Die Standzeit nach Reinigung muss 1 bis %1 Stunden betragen, nicht %2.</translation>
    </message>
    <message>
        <source>Equipment %1 already exists.</source>
        <translation>Ausrüstung %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Equipment %1 is in use by batch %2; it is cleaned after the batch released it.</source>
        <translation>Ausrüstung %1 wird von Charge %2 benutzt; sie wird gereinigt, nachdem die Charge sie freigegeben hat.</translation>
    </message>
    <message>
        <source>Equipment %1 is already dirty.</source>
        <translation>Ausrüstung %1 ist bereits verschmutzt.</translation>
    </message>
    <message>
        <source>calibration due date</source>
        <translation>Kalibrierfälligkeit</translation>
    </message>
    <message>
        <source>A calibration valid until %1 has already expired (today is %2).</source>
        <translation>Eine Kalibrierung gültig bis %1 ist bereits abgelaufen (heute ist der %2).</translation>
    </message>
    <message>
        <source>Equipment %1 is not in use.</source>
        <translation>Ausrüstung %1 ist nicht in Benutzung.</translation>
    </message>
    <message>
        <source>Equipment %1 is of class %2, not the expected %3.</source>
        <translation>Ausrüstung %1 ist von Klasse %2, nicht der erwarteten %3.</translation>
    </message>
    <message>
        <source>Equipment %1 is in use by batch %2.</source>
        <translation>Ausrüstung %1 wird von Charge %2 benutzt.</translation>
    </message>
    <message>
        <source>Equipment %1 is dirty; record its cleaning first.</source>
        <translation>Ausrüstung %1 ist verschmutzt; erfassen Sie zuerst ihre Reinigung.</translation>
    </message>
    <message>
        <source>Equipment %1 has no calibration on record.</source>
        <translation>Für Ausrüstung %1 ist keine Kalibrierung erfasst.</translation>
    </message>
    <message>
        <source>The calibration of equipment %1 expired on %2.</source>
        <translation>Die Kalibrierung von Ausrüstung %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The cleaning of equipment %1 expired at %2 (clean hold time %3 h).</source>
        <translation>Die Reinigung von Ausrüstung %1 ist um %2 abgelaufen (Standzeit %3 h).</translation>
    </message>
    <message>
        <source>checked on step %1 of batch %2</source>
        <translation>geprüft in Schritt %1 von Charge %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 (letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit; at most 64 characters).</source>
        <translation>„%1“ ist keine gültige %2 (Buchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit Buchstabe oder Ziffer; höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>A reason is required for every change of master data.</source>
        <translation>Jede Änderung von Stammdaten braucht eine Begründung.</translation>
    </message>
    <message>
        <source>The reason is longer than 1000 characters.</source>
        <translation>Die Begründung ist länger als 1000 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1 „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>User %1 (roles: %2) may not do this (needs %3).</source>
        <translation>Benutzer %1 (Rollen: %2) darf das nicht (braucht %3).</translation>
    </message>
    <message>
        <source>material code</source>
        <translation>Materialnummer</translation>
    </message>
    <message>
        <source>material name</source>
        <translation>Materialname</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Material %1 already exists.</source>
        <translation>Material %1 existiert bereits.</translation>
    </message>
    <message>
        <source>lot id</source>
        <translation>Los-Nummer</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>The supplier&apos;s lot number is longer than 64 characters.</source>
        <translation>Die Los-Nummer des Lieferanten ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>Verfalldatum</translation>
    </message>
    <message>
        <source>There is no material %1; add it first.</source>
        <translation>Es gibt kein Material %1; legen Sie es zuerst an.</translation>
    </message>
    <message>
        <source>Lot %1 already exists.</source>
        <translation>Los %1 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no lot %1.</source>
        <translation>Es gibt kein Los %1.</translation>
    </message>
    <message>
        <source>Lot %1 is %2: it cannot become %3.</source>
        <translation>Los %1 ist %2: es kann nicht %3 werden.</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2; an expired lot cannot be released.</source>
        <translation>Los %1 ist am %2 verfallen; ein verfallenes Los kann nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Lot %1 is material %2, not the expected %3.</source>
        <translation>Los %1 ist Material %2, nicht das erwartete %3.</translation>
    </message>
    <message>
        <source>Lot %1 is %2; only a Released lot may be used.</source>
        <translation>Los %1 ist %2; nur ein freigegebenes Los darf verwendet werden.</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2 and may not be used.</source>
        <translation>Los %1 ist am %2 verfallen und darf nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>MbrText</name>
    <message>
        <source>malformed number at position %1</source>
        <translation>fehlerhafte Zahl an Position %1</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation>unbekannte Funktion „%1“</translation>
    </message>
    <message>
        <source>expected a number, a step id or &quot;(&quot; at position %1</source>
        <translation>an Position %1 wird eine Zahl, eine Schritt-ID oder „(“ erwartet</translation>
    </message>
    <message>
        <source>unbalanced &quot;)&quot; at position %1</source>
        <translation>„)“ ohne Gegenstück an Position %1</translation>
    </message>
    <message>
        <source>&quot;,&quot; outside a function&apos;s arguments at position %1</source>
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
        <source>a &quot;(&quot; is not closed</source>
        <translation>eine „(“ ist nicht geschlossen</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>nicht unterstütztes Format „%1“ (erwartet „%2“)</translation>
    </message>
    <message>
        <source>must look like MAJOR.MINOR, e.g. &quot;2.1&quot;</source>
        <translation>muss die Form HAUPT.NEBEN haben, z. B. „2.1“</translation>
    </message>
    <message>
        <source>must start with a letter or digit and contain only letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation>muss mit einem Buchstaben oder einer Ziffer beginnen und darf nur Buchstaben, Ziffern, „.“, „_“ oder „-“ enthalten</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>duplicate material code &quot;%1&quot;</source>
        <translation>doppelter Materialcode „%1“</translation>
    </message>
    <message>
        <source>duplicate equipment class &quot;%1&quot;</source>
        <translation>doppelte Ausrüstungsklasse „%1“</translation>
    </message>
    <message>
        <source>must start with a letter and contain only letters, digits and &quot;_&quot;</source>
        <translation>muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und „_“ enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved name</source>
        <translation>„%1“ ist ein reservierter Name</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (already used at %2)</source>
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
        <source>unknown step kind &quot;%1&quot;</source>
        <translation>unbekannte Schrittart „%1“</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>unbekannter Schritt „%1“</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; has no value (only numeric, weigh and calculation steps have one)</source>
        <translation>Schritt „%1“ hat keinen Wert (nur Zahlen-, Wäge- und Berechnungsschritte haben einen)</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; does not come before this step</source>
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
        <source>duplicate entry &quot;%1&quot;</source>
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
        <source>&quot;%1&quot; is not one of the equipmentClasses</source>
        <translation>„%1“ ist keine der equipmentClasses</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the bill of materials</source>
        <translation>„%1“ steht nicht in der Stückliste</translation>
    </message>
    <message>
        <source>must be a relative path to a .png, .jpg or .svg file inside the MBR package</source>
        <translation>muss ein relativer Pfad zu einer .png-, .jpg- oder .svg-Datei im MBR-Paket sein</translation>
    </message>
    <message>
        <source>must be &quot;manual&quot; or &quot;instrument&quot;</source>
        <translation>muss „manual“ oder „instrument“ sein</translation>
    </message>
    <message>
        <source>only allowed with source &quot;instrument&quot;</source>
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
        <source>material &quot;%1&quot; is measured in &quot;%2&quot;; weighing needs kg, g or mg</source>
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
        <source>unknown role &quot;%1&quot; (operator, supervisor, qa, admin)</source>
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
        <source>must be capital letters, digits or &quot;-&quot;</source>
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
        <source>step &quot;%1&quot; is not a weigh step</source>
        <translation>Schritt „%1“ ist kein Wägeschritt</translation>
    </message>
    <message>
        <source>material &quot;%1&quot; of step &quot;%2&quot; is not in the bill of materials</source>
        <translation>Material „%1“ von Schritt „%2“ steht nicht in der Stückliste</translation>
    </message>
    <message>
        <source>the target of step &quot;%1&quot; rounds to zero at batch size %2</source>
        <translation>der Sollwert von Schritt „%1“ wird bei Chargengröße %2 auf null gerundet</translation>
    </message>
    <message>
        <source>the target of step &quot;%1&quot; (%2 %3) is below the minimum weight %4 %3 at batch size %5</source>
        <translation>der Sollwert von Schritt „%1“ (%2 %3) liegt bei Chargengröße %5 unter dem Mindestgewicht %4 %3</translation>
    </message>
    <message>
        <source>The MBR has no step &quot;%1&quot;.</source>
        <translation>Die MBR hat keinen Schritt „%1“.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; is already completed.</source>
        <translation>Schritt „%1“ ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; cannot be executed: every step is complete.</source>
        <translation>Schritt „%1“ kann nicht ausgeführt werden: alle Schritte sind abgeschlossen.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; cannot be executed yet: &quot;%2&quot; (%3) comes first.</source>
        <translation>Schritt „%1“ kann noch nicht ausgeführt werden: zuerst kommt „%2“ (%3).</translation>
    </message>
    <message>
        <source>%1 may not send a master batch record back to Draft (needs manage_master_data or review_records).</source>
        <translation>%1 darf ein Herstellvorschrift-Original (MBR) nicht in den Entwurf zurücksetzen (braucht manage_master_data oder review_records).</translation>
    </message>
    <message>
        <source>A reason is required to send an MBR version back to Draft.</source>
        <translation>Eine Begründung ist erforderlich, um eine MBR-Version in den Entwurf zurückzusetzen.</translation>
    </message>
    <message>
        <source>send it back to Draft</source>
        <translation>es in den Entwurf zurücksetzen</translation>
    </message>
    <message>
        <source>needs an action limit (low or high) to continue after</source>
        <translation>braucht eine Eingriffsgrenze (unten oder oben), um danach fortzusetzen</translation>
    </message>
    <message>
        <source>must be &quot;allowed&quot;, &quot;override&quot; or &quot;forbidden&quot;</source>
        <translation>muss „allowed“, „override“ oder „forbidden“ sein</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no organisation</source>
        <translation>keine Organisation</translation>
    </message>
    <message>
        <source>No samples at this level.</source>
        <translation>Keine Proben auf dieser Stufe.</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>out of specification</source>
        <translation>außerhalb der Spezifikation</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Out of limits</source>
        <translation>Außerhalb der Grenzen</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Correction (entry changed after original entry)</source>
        <translation>Korrektur (Eintrag nach der ursprünglichen Eingabe geändert)</translation>
    </message>
    <message>
        <source>Manual entry where an instrument was expected</source>
        <translation>Handeingabe, wo ein Gerät erwartet wurde</translation>
    </message>
    <message>
        <source>Late entry</source>
        <translation>Verspätete Eingabe</translation>
    </message>
    <message>
        <source>Hold overrun</source>
        <translation>Haltezeit überschritten</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übersteuerung</translation>
    </message>
    <message>
        <source>Refused action</source>
        <translation>Abgelehnte Aktion</translation>
    </message>
    <message>
        <source>Clock went backwards</source>
        <translation>Uhr lief rückwärts</translation>
    </message>
    <message>
        <source>MVA alarm</source>
        <translation>MVA-Alarm</translation>
    </message>
    <message>
        <source>Out of specification (OOS)</source>
        <translation>Außerhalb der Spezifikation (OOS)</translation>
    </message>
    <message>
        <source>MVA alarm shelved</source>
        <translation>MVA-Alarm zurückgestellt</translation>
    </message>
</context>
<context>
    <name>SamplingText</name>
    <message>
        <source>the expression is empty</source>
        <translation>der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>the expression is too long (%1 characters, at most %2)</source>
        <translation>der Ausdruck ist zu lang (%1 Zeichen, höchstens %2)</translation>
    </message>
    <message>
        <source>assignment (&apos;=&apos;) is not allowed; the expression may only use the lot size N</source>
        <translation>Zuweisung („=“) ist nicht erlaubt; der Ausdruck darf nur die Losgröße N verwenden</translation>
    </message>
    <message>
        <source>the expression must give one value (it gives %1; &apos;,&apos; separates several)</source>
        <translation>der Ausdruck muss einen Wert ergeben (er ergibt %1; „,“ trennt mehrere)</translation>
    </message>
    <message>
        <source>%1 (at position %2)</source>
        <translation>%1 (an Position %2)</translation>
    </message>
    <message>
        <source>gives no number (NaN) for N = %1</source>
        <translation>ergibt keine Zahl (NaN) für N = %1</translation>
    </message>
    <message>
        <source>gives an infinite count for N = %1</source>
        <translation>ergibt eine unendliche Anzahl für N = %1</translation>
    </message>
    <message>
        <source>gives %1 for N = %2: a sample count cannot be negative</source>
        <translation>ergibt %1 für N = %2: eine Probenanzahl kann nicht negativ sein</translation>
    </message>
    <message>
        <source>gives %1 for N = %2: a sample count must be a whole number (use ceil(), floor() or round())</source>
        <translation>ergibt %1 für N = %2: eine Probenanzahl muss ganzzahlig sein (verwenden Sie ceil(), floor() oder round())</translation>
    </message>
    <message>
        <source>gives %1 samples for N = %2 (at most %3 per source)</source>
        <translation>ergibt %1 Proben für N = %2 (höchstens %3 je Quelle)</translation>
    </message>
    <message>
        <source>a sample count cannot be negative (%1)</source>
        <translation>eine Probenanzahl kann nicht negativ sein (%1)</translation>
    </message>
    <message>
        <source>max (%1) is below min (%2)</source>
        <translation>max (%1) liegt unter min (%2)</translation>
    </message>
    <message>
        <source>the table must start at lot size 1 (it starts at %1)</source>
        <translation>die Tabelle muss bei Losgröße 1 beginnen (sie beginnt bei %1)</translation>
    </message>
    <message>
        <source>only the last row may be open-ended (no max)</source>
        <translation>nur die letzte Zeile darf nach oben offen sein (kein max)</translation>
    </message>
    <message>
        <source>overlaps %1: lot sizes %2 are in both rows</source>
        <translation>überschneidet sich mit %1: die Losgrößen %2 stehen in beiden Zeilen</translation>
    </message>
    <message>
        <source>gap after %1: lot sizes %2 have no row</source>
        <translation>Lücke nach %1: für die Losgrößen %2 gibt es keine Zeile</translation>
    </message>
    <message>
        <source>the last row must be open-ended (leave out max) so that every lot size above %1 has a count</source>
        <translation>die letzte Zeile muss nach oben offen sein (max weglassen), damit jede Losgröße über %1 eine Anzahl hat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid expression: %2</source>
        <translation>„%1“ ist kein gültiger Ausdruck: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <source>a range table needs 1 to %1 rows such as &quot;1-10: 2; 11+: 3&quot;</source>
        <translation>eine Bereichstabelle braucht 1 bis %1 Zeilen wie „1-10: 2; 11+: 3“</translation>
    </message>
    <message>
        <source>row %1 &quot;%2&quot; is not MIN-MAX: COUNT or MIN+: COUNT (e.g. 1-10: 2; 11+: 3)</source>
        <translation>Zeile %1 „%2“ ist nicht MIN-MAX: ANZAHL oder MIN+: ANZAHL (z. B. 1-10: 2; 11+: 3)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>a count rule must be an object with one of &quot;literal&quot;, &quot;ranges&quot;, &quot;expression&quot; or &quot;rule&quot;</source>
        <translation>eine Anzahlregel muss ein Objekt mit einem von „literal“, „ranges“, „expression“ oder „rule“ sein</translation>
    </message>
    <message>
        <source>needs one of &quot;literal&quot;, &quot;ranges&quot;, &quot;expression&quot; or &quot;rule&quot;</source>
        <translation>braucht eines von „literal“, „ranges“, „expression“ oder „rule“</translation>
    </message>
    <message>
        <source>has %1: a count rule has exactly one form</source>
        <translation>hat %1: eine Anzahlregel hat genau eine Form</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid count rule name</source>
        <translation>„%1“ ist kein gültiger Name einer Anzahlregel</translation>
    </message>
    <message>
        <source>the count rules refer to each other in a cycle: %1</source>
        <translation>die Anzahlregeln verweisen im Kreis aufeinander: %1</translation>
    </message>
    <message>
        <source>there is no count rule named &quot;%1&quot;</source>
        <translation>es gibt keine Anzahlregel „%1“</translation>
    </message>
    <message>
        <source>the count rules refer to each other more than %1 levels deep: %2</source>
        <translation>die Anzahlregeln verweisen mehr als %1 Ebenen tief aufeinander: %2</translation>
    </message>
    <message>
        <source>the lot size must be between 1 and %1 (got %2)</source>
        <translation>die Losgröße muss zwischen 1 und %1 liegen (erhalten: %2)</translation>
    </message>
    <message>
        <source>rule %1: </source>
        <translation>Regel %1: </translation>
    </message>
    <message>
        <source>fixed count %1</source>
        <translation>feste Anzahl %1</translation>
    </message>
    <message>
        <source>N = %1 is in the row %2: %3</source>
        <translation>N = %1 liegt in der Zeile %2: %3</translation>
    </message>
    <message>
        <source>the range table has no row for lot size %1</source>
        <translation>die Bereichstabelle hat keine Zeile für die Losgröße %1</translation>
    </message>
    <message>
        <source>the count expression &quot;%1&quot; %2</source>
        <translation>der Anzahlausdruck „%1“ %2</translation>
    </message>
    <message>
        <source>%1 at N = %2 gives %3</source>
        <translation>%1 bei N = %2 ergibt %3</translation>
    </message>
    <message>
        <source>%1 samples from one source are more than %2</source>
        <translation>%1 Proben aus einer Quelle sind mehr als %2</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 (roles: %2) may not %3.</source>
        <translation>%1 (Rollen: %2) darf nicht %3.</translation>
    </message>
    <message>
        <source>There is no lot %1.</source>
        <translation>Es gibt kein Los %1.</translation>
    </message>
    <message>
        <source>Lot %1 is %2: cannot %3 (it must be %4).</source>
        <translation>Los %1 ist %2: %3 nicht möglich (es muss %4 sein).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; delivers %3 as variant %4.</source>
        <translation>%1 „%2“ liefert %3 als Variante %4.</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Product %1 has no wildcard variant for lots without an organisation; add one, or name the organisation.</source>
        <translation>Produkt %1 hat keine Platzhalter-Variante für Lose ohne Organisation; legen Sie eine an oder nennen Sie die Organisation.</translation>
    </message>
    <message>
        <source>Product %1 has no variant for organisation &quot;%2&quot; and no wildcard variant for unknown suppliers; add a variant first.</source>
        <translation>Produkt %1 hat keine Variante für die Organisation „%2“ und keine Platzhalter-Variante für unbekannte Lieferanten; legen Sie zuerst eine Variante an.</translation>
    </message>
    <message>
        <source>No organisation given: the wildcard variant %1 applies.</source>
        <translation>Keine Organisation angegeben: die Platzhalter-Variante %1 gilt.</translation>
    </message>
    <message>
        <source>No variant of %1 for organisation &quot;%2&quot;: the wildcard variant %3 for unknown suppliers applies.</source>
        <translation>Keine Variante von %1 für die Organisation „%2“: die Platzhalter-Variante %3 für unbekannte Lieferanten gilt.</translation>
    </message>
    <message>
        <source>The organisation name is longer than %1 characters.</source>
        <translation>Der Name der Organisation ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The lot size must be between 1 and %1 (got %2).</source>
        <translation>Die Losgröße muss zwischen 1 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Es gibt kein Produkt %1.</translation>
    </message>
    <message>
        <source>Variant %1 refers to a missing rule or plan.</source>
        <translation>Variante %1 verweist auf eine fehlende Regel oder einen fehlenden Plan.</translation>
    </message>
    <message>
        <source>No samples: the lot is dispositioned on the supplier&apos;s certificate.</source>
        <translation>Keine Proben: über das Los wird anhand des Lieferantenzertifikats entschieden.</translation>
    </message>
    <message>
        <source>Plan %1: %2 samples with %3 tests.</source>
        <translation>Plan %1: %2 Proben mit %3 Prüfungen.</translation>
    </message>
    <message>
        <source>create lots</source>
        <translation>Lose anlegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid lot id (1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>„%1“ ist keine gültige Los-Nummer (1–64 Buchstaben, Ziffern, „.“, „_“ oder „-“)</translation>
    </message>
    <message>
        <source>Lot %1 already exists.</source>
        <translation>Los %1 existiert bereits.</translation>
    </message>
    <message>
        <source>creation of lot %1</source>
        <translation>Anlage von Los %1</translation>
    </message>
    <message>
        <source>receive lots</source>
        <translation>Lose annehmen</translation>
    </message>
    <message>
        <source>receive it at the dock</source>
        <translation>es an der Rampe annehmen</translation>
    </message>
    <message>
        <source>no samples at level %1</source>
        <translation>keine Proben auf Stufe %1</translation>
    </message>
    <message>
        <source>receive samples in the laboratory</source>
        <translation>Proben im Labor annehmen</translation>
    </message>
    <message>
        <source>receive its samples in the laboratory</source>
        <translation>seine Proben im Labor annehmen</translation>
    </message>
    <message>
        <source>enter test results</source>
        <translation>Prüfergebnisse eingeben</translation>
    </message>
    <message>
        <source>enter results</source>
        <translation>Ergebnisse eingeben</translation>
    </message>
    <message>
        <source>Lot %1 has no test %2 on sample %3.</source>
        <translation>Los %1 hat keine Prüfung %2 an Probe %3.</translation>
    </message>
    <message>
        <source>Sample %1 already has a result for %2 (%3); a correction needs a reason.</source>
        <translation>Probe %1 hat bereits ein Ergebnis für %2 (%3); eine Korrektur braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Result of %1 on sample %2 corrected from %3 to %4: %5</source>
        <translation>Ergebnis von %1 an Probe %2 von %3 auf %4 korrigiert: %5</translation>
    </message>
    <message>
        <source>Lot %1, sample %2: %3</source>
        <translation>Los %1, Probe %2: %3</translation>
    </message>
    <message>
        <source>release it</source>
        <translation>es freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1 has %n out-of-specification result(s): reject it, or correct the result with a reason after the investigation.</source>
        <translation>
            <numerusform>Los %1 hat %n Ergebnis außerhalb der Spezifikation: weisen Sie es zurück oder korrigieren Sie das Ergebnis nach der Untersuchung mit Begründung.</numerusform>
            <numerusform>Los %1 hat %n Ergebnisse außerhalb der Spezifikation: weisen Sie es zurück oder korrigieren Sie das Ergebnis nach der Untersuchung mit Begründung.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entered results of lot %2 and may not release it.</source>
        <translation>%1 hat Ergebnisse von Los %2 eingegeben und darf es nicht freigeben.</translation>
    </message>
    <message>
        <source>reject it</source>
        <translation>es zurückweisen</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Eine Zurückweisung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Release of lot %1</source>
        <translation>Freigabe von Los %1</translation>
    </message>
    <message>
        <source>Release of lot %1: %2</source>
        <translation>Freigabe von Los %1: %2</translation>
    </message>
    <message>
        <source>Rejection of lot %1: %2</source>
        <translation>Zurückweisung von Los %1: %2</translation>
    </message>
    <message>
        <source>Lot %1 changed while the disposition was being signed; look at it again.</source>
        <translation>Los %1 hat sich geändert, während die Entscheidung unterschrieben wurde; sehen Sie es erneut an.</translation>
    </message>
    <message>
        <source>lot %1 released</source>
        <translation>Los %1 freigegeben</translation>
    </message>
    <message>
        <source>lot %1 rejected</source>
        <translation>Los %1 zurückgewiesen</translation>
    </message>
    <message>
        <source>Lot %1 is %2: a certificate of analysis is only issued for a released lot.</source>
        <translation>Los %1 ist %2: ein Analysenzertifikat wird nur für ein freigegebenes Los ausgestellt.</translation>
    </message>
    <message>
        <source>The release signature of lot %1 does not verify against the record.</source>
        <translation>Die Freigabeunterschrift von Los %1 lässt sich gegen das Protokoll nicht verifizieren.</translation>
    </message>
    <message>
        <source>(stored %1 %2)</source>
        <translation>(gespeichert %1 %2)</translation>
    </message>
    <message>
        <source>count rule</source>
        <translation>Anzahlregel</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>there is no product &quot;%1&quot;</source>
        <translation>es gibt kein Produkt „%1“</translation>
    </message>
    <message>
        <source>product %1 has no test &quot;%2&quot;</source>
        <translation>Produkt %1 hat keine Prüfung „%2“</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>there is no variant rule &quot;%1&quot;</source>
        <translation>es gibt keine Variantenregel „%1“</translation>
    </message>
    <message>
        <source>there is no sampling plan &quot;%1&quot;</source>
        <translation>es gibt keinen Probenahmeplan „%1“</translation>
    </message>
    <message>
        <source>plan %1 is for product %2, not %3</source>
        <translation>Plan %1 gilt für Produkt %2, nicht %3</translation>
    </message>
    <message>
        <source>product %1 already has a wildcard variant (%2)</source>
        <translation>Produkt %1 hat bereits eine Platzhalter-Variante (%2)</translation>
    </message>
    <message>
        <source>variant %1 already covers product %2 from &quot;%3&quot;</source>
        <translation>Variante %1 deckt Produkt %2 von „%3“ bereits ab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 (1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit)</source>
        <translation>„%1“ ist kein gültiger Wert für %2 (1–64 Buchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit Buchstabe oder Ziffer)</translation>
    </message>
    <message>
        <source>count rule name</source>
        <translation>Name der Anzahlregel</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>product code</source>
        <translation>Produktcode</translation>
    </message>
    <message>
        <source>must be &quot;raw_material&quot;, &quot;intermediate&quot; or &quot;finished_good&quot;</source>
        <translation>muss „raw_material“, „intermediate“ oder „finished_good“ sein</translation>
    </message>
    <message>
        <source>duplicate test code &quot;%1&quot;</source>
        <translation>doppelter Prüfcode „%1“</translation>
    </message>
    <message>
        <source>plan id</source>
        <translation>Plan-ID</translation>
    </message>
    <message>
        <source>duplicate source &quot;%1&quot;</source>
        <translation>doppelte Quelle „%1“</translation>
    </message>
    <message>
        <source>variant id</source>
        <translation>Varianten-ID</translation>
    </message>
    <message>
        <source>must be &quot;supplier&quot;, &quot;manufacturer&quot; or &quot;shipper&quot;</source>
        <translation>muss „supplier“, „manufacturer“ oder „shipper“ sein</translation>
    </message>
    <message>
        <source>test code</source>
        <translation>Prüfcode</translation>
    </message>
    <message>
        <source>a &quot;conforms&quot; test has no %1</source>
        <translation>eine „conforms“-Prüfung hat kein %1</translation>
    </message>
    <message>
        <source>a numeric test has limits, not a requirement</source>
        <translation>eine numerische Prüfung hat Grenzen, keine Anforderung</translation>
    </message>
    <message>
        <source>a numeric test needs min, max or both</source>
        <translation>eine numerische Prüfung braucht min, max oder beides</translation>
    </message>
    <message>
        <source>max (%1) must be greater than min (%2)</source>
        <translation>max (%1) muss größer als min (%2) sein</translation>
    </message>
    <message>
        <source>must be &quot;numeric&quot; or &quot;conforms&quot;</source>
        <translation>muss „numeric“ oder „conforms“ sein</translation>
    </message>
    <message>
        <source>must be a number or a decimal string such as &quot;98.5&quot;</source>
        <translation>muss eine Zahl oder eine Dezimalzeichenkette wie „98.5“ sein</translation>
    </message>
    <message>
        <source>%1 has more decimals than the test&apos;s %2</source>
        <translation>%1 hat mehr Nachkommastellen als die %2 der Prüfung</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this source&apos;s tests; the reduced tests are a subset of them</source>
        <translation>„%1“ ist keine Prüfung dieser Quelle; die reduzierten Prüfungen sind eine Teilmenge davon</translation>
    </message>
    <message>
        <source>a reduced count needs reduced_tests</source>
        <translation>eine reduzierte Anzahl braucht reduced_tests</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in %2</source>
        <translation>„%1“ kommt in %2 doppelt vor</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes, at most %2)</source>
        <translation>die Datei ist zu groß (%1 Byte, höchstens %2)</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels</source>
        <translation>die Datei ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>doppelter Schlüssel</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (got &quot;%2&quot;)</source>
        <translation>muss „%1“ sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>the document holds no master data</source>
        <translation>das Dokument enthält keine Stammdaten</translation>
    </message>
    <message>
        <source>(stored variant %1)</source>
        <translation>(gespeicherte Variante %1)</translation>
    </message>
    <message>
        <source>variant %1 is %2, a state that rule %3 does not have</source>
        <translation>Variante %1 ist %2, ein Zustand, den Regel %3 nicht hat</translation>
    </message>
    <message>
        <source>The stored %1 %2 is damaged: %3</source>
        <translation>%1 %2 im Speicher ist beschädigt: %3</translation>
    </message>
    <message>
        <source>%1 may not change sampling master data.</source>
        <translation>%1 darf keine Probenahme-Stammdaten ändern.</translation>
    </message>
    <message>
        <source>There is no master data to store.</source>
        <translation>Es gibt keine Stammdaten zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>The master data has %n problem(s):</source>
        <translation>
            <numerusform>Die Stammdaten haben %n Problem:</numerusform>
            <numerusform>Die Stammdaten haben %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 exists with different content (version %4); replace it explicitly, with a reason</source>
        <translation>%1: %2 %3 existiert mit anderem Inhalt (Version %4); ersetzen Sie es ausdrücklich, mit Begründung</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already exist:</source>
        <translation>
            <numerusform>%n Eintrag existiert bereits:</numerusform>
            <numerusform>%n Einträge existieren bereits:</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing stored master data needs a reason.</source>
        <translation>Eine Änderung gespeicherter Stammdaten braucht eine Begründung.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 since %2 (reached %3)</source>
        <translation>%1 seit %2 (erreicht %3)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>%1 from %2, and %3 of %4 accepted lots so far</source>
        <translation>%1 ab %2, und bisher %3 von %4 angenommenen Losen</translation>
    </message>
    <message>
        <source>wildcard variant (unknown supplier): never promoted</source>
        <translation>Platzhalter-Variante (unbekannter Lieferant): wird nie hochgestuft</translation>
    </message>
    <message>
        <source>%1 reached: %2 is due</source>
        <translation>%1 erreicht: %2 ist fällig</translation>
    </message>
    <message>
        <source>%1 towards %2</source>
        <translation>%1 auf dem Weg zu %2</translation>
    </message>
    <message>
        <source>State %1 is not in rule %2: Full testing.</source>
        <translation>Zustand %1 ist nicht in Regel %2: volle Prüfung.</translation>
    </message>
    <message>
        <source>%1 (unknown to rule %2); Full</source>
        <translation>%1 (in Regel %2 unbekannt); voll</translation>
    </message>
    <message>
        <source>The variant is %1 since %2 (rule %3).</source>
        <translation>Die Variante ist %1 seit %2 (Regel %3).</translation>
    </message>
    <message>
        <source>%1 tests at level %2.</source>
        <translation>%1 Prüfungen auf Stufe %2.</translation>
    </message>
    <message>
        <source>periodic Full at batch %1 of %1</source>
        <translation>periodisch voll bei Los %1 von %1</translation>
    </message>
    <message>
        <source>Full testing every %1th batch: this is batch %1 of %1 (batch %2 in %3).</source>
        <translation>Volle Prüfung bei jedem %1. Los: das ist Los %1 von %1 (Los %2 in %3).</translation>
    </message>
    <message>
        <source>batch %1 of %2, next Full at batch %2 of %2</source>
        <translation>Los %1 von %2, nächste volle Prüfung bei Los %2 von %2</translation>
    </message>
    <message>
        <source>Batch %1 of %2 in the Full testing cycle; next Full at batch %2 of %2.</source>
        <translation>Los %1 von %2 im Zyklus der vollen Prüfung; nächste volle Prüfung bei Los %2 von %2.</translation>
    </message>
    <message>
        <source>first batch of %1</source>
        <translation>erstes Los von %1</translation>
    </message>
    <message>
        <source>Full testing for the first batch of a calendar year: this is the first batch of %1.</source>
        <translation>Volle Prüfung für das erste Los eines Kalenderjahres: das ist das erste Los von %1.</translation>
    </message>
    <message>
        <source>no previous batch</source>
        <translation>kein vorheriges Los</translation>
    </message>
    <message>
        <source>Full testing: the variant has no previous batch.</source>
        <translation>Volle Prüfung: die Variante hat kein vorheriges Los.</translation>
    </message>
    <message>
        <source>last batch %1 is older than %2</source>
        <translation>letztes Los %1 ist älter als %2</translation>
    </message>
    <message>
        <source>Full testing after a gap: the previous batch (%1) is older than %2.</source>
        <translation>Volle Prüfung nach einer Pause: das vorherige Los (%1) ist älter als %2.</translation>
    </message>
    <message>
        <source>promotion to %1 awaits QA approval</source>
        <translation>Hochstufung auf %1 wartet auf die QS-Genehmigung</translation>
    </message>
    <message>
        <source>A promotion to %1 is due and awaits a QA approval signature; until then the variant stays %2.</source>
        <translation>Eine Hochstufung auf %1 ist fällig und wartet auf eine QS-Genehmigungsunterschrift; bis dahin bleibt die Variante %2.</translation>
    </message>
    <message>
        <source>Next promotion: %1.</source>
        <translation>Nächste Hochstufung: %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>no tests at level %1</source>
        <translation>keine Prüfungen auf Stufe %1</translation>
    </message>
    <message>
        <source>Sampling plan %1, source %2: %3</source>
        <translation>Probenahmeplan %1, Quelle %2: %3</translation>
    </message>
    <message>
        <source>Sampling plan %1 asks for more than %2 samples from a lot of %3 (source %4 adds %5).</source>
        <translation>Probenahmeplan %1 verlangt mehr als %2 Proben aus einem Los von %3 (Quelle %4 fügt %5 hinzu).</translation>
    </message>
    <message>
        <source>must be &quot;accepted&quot; (or &quot;released&quot;) or &quot;rejected&quot;</source>
        <translation>muss „accepted“ (oder „released“) oder „rejected“ sein</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>promotion %1 -&gt; %2 due (%3)</source>
        <translation>Hochstufung %1 -&gt; %2 fällig (%3)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 approved</source>
        <translation>%1 -&gt; %2 genehmigt</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss „%1“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2026-01-05) or UTC time (2026-01-05T08:00:00Z)</source>
        <translation>„%1“ ist kein Datum (2026-01-05) und keine UTC-Zeit (2026-01-05T08:00:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as &quot;P14D&quot;</source>
        <translation>„%1“ ist keine Dauer wie „P14D“</translation>
    </message>
    <message>
        <source>must be &quot;immediate&quot; or &quot;never&quot;</source>
        <translation>muss „immediate“ oder „never“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>%1 is before the previous lot</source>
        <translation>%1 liegt vor dem vorherigen Los</translation>
    </message>
    <message>
        <source>must be an outcome or an object</source>
        <translation>muss ein Ergebnis oder ein Objekt sein</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>Entspricht</translation>
    </message>
    <message>
        <source>Conforms (%1)</source>
        <translation>Entspricht (%1)</translation>
    </message>
    <message>
        <source>NMT %1</source>
        <translation>NMT %1</translation>
    </message>
    <message>
        <source>NLT %1</source>
        <translation>NLT %1</translation>
    </message>
    <message>
        <source>Test %1 takes &quot;conforms&quot; or &quot;does_not_conform&quot;, not &quot;%2&quot;.</source>
        <translation>Prüfung %1 nimmt „conforms“ oder „does_not_conform“, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 (%2) does not conform to &quot;%3&quot;.</source>
        <translation>%1 (%2) entspricht nicht „%3“.</translation>
    </message>
    <message>
        <source>Test %1 takes a decimal number in %2 (e.g. 99.5), not &quot;%3&quot;.</source>
        <translation>Prüfung %1 nimmt eine Dezimalzahl in %2 (z. B. 99.5), nicht „%3“.</translation>
    </message>
    <message>
        <source>Test %1: %2</source>
        <translation>Prüfung %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4 is %5 the specification %6.</source>
        <translation>%1 (%2): %3 %4 liegt %5 der Spezifikation %6.</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unterhalb</translation>
    </message>
    <message>
        <source>above</source>
        <translation>oberhalb</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as &quot;P6M&quot;, &quot;P12M&quot;, &quot;P1Y&quot; or &quot;P180D&quot;</source>
        <translation>„%1“ ist keine Dauer wie „P6M“, „P12M“, „P1Y“ oder „P180D“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid state name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>„%1“ ist kein gültiger Zustandsname (Buchstaben, Ziffern, „.“, „_“, „-“)</translation>
    </message>
    <message>
        <source>must be &quot;Full&quot;, &quot;Reduced&quot; or &quot;Skip&quot;</source>
        <translation>muss „Full“, „Reduced“ oder „Skip“ sein</translation>
    </message>
    <message>
        <source>only a state at Skip or Reduced can have a Full testing schedule</source>
        <translation>nur ein Zustand mit Skip oder Reduced kann einen Plan voller Prüfungen haben</translation>
    </message>
    <message>
        <source>needs one of &quot;accepted&quot;, &quot;no_failure_for&quot; or &quot;rejected&quot;</source>
        <translation>braucht eines von „accepted“, „no_failure_for“ oder „rejected“</translation>
    </message>
    <message>
        <source>has %1: a condition has exactly one of them</source>
        <translation>hat %1: eine Bedingung hat genau eines davon</translation>
    </message>
    <message>
        <source>&quot;within&quot; belongs to &quot;accepted&quot; and &quot;rejected&quot;</source>
        <translation>„within“ gehört zu „accepted“ und „rejected“</translation>
    </message>
    <message>
        <source>&quot;min_accepted&quot; belongs to &quot;no_failure_for&quot;</source>
        <translation>„min_accepted“ gehört zu „no_failure_for“</translation>
    </message>
    <message>
        <source>1 accepted lot</source>
        <translation>1 angenommenes Los</translation>
    </message>
    <message>
        <source>%1 accepted lots</source>
        <translation>%1 angenommene Lose</translation>
    </message>
    <message>
        <source>1 rejected lot</source>
        <translation>1 zurückgewiesenes Los</translation>
    </message>
    <message>
        <source>%1 rejected lots</source>
        <translation>%1 zurückgewiesene Lose</translation>
    </message>
    <message>
        <source>%1 within %2</source>
        <translation>%1 innerhalb von %2</translation>
    </message>
    <message>
        <source>%1 in a row</source>
        <translation>%1 in Folge</translation>
    </message>
    <message>
        <source>%1 without a failure and at least %2</source>
        <translation>%1 ohne Fehler und mindestens %2</translation>
    </message>
    <message>
        <source>%1 without a failure</source>
        <translation>%1 ohne Fehler</translation>
    </message>
    <message>
        <source>UnQualified -&gt; 3 accepted lots within 6 months -&gt; Qualified -&gt; 12 months without a failure -&gt; Preferred (Full on every 10th lot, the first lot of a year and after 6 months without a lot); a rejected lot demotes one step.</source>
        <translation>UnQualified -&gt; 3 angenommene Lose innerhalb von 6 Monaten -&gt; Qualified -&gt; 12 Monate ohne Fehler -&gt; Preferred (voll bei jedem 10. Los, beim ersten Los eines Jahres und nach 6 Monaten ohne Los); ein zurückgewiesenes Los stuft eine Stufe herab.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rule name</source>
        <translation>„%1“ ist kein gültiger Regelname</translation>
    </message>
    <message>
        <source>&quot;default&quot; is the built-in rule and cannot be redefined</source>
        <translation>„default“ ist die eingebaute Regel und kann nicht neu definiert werden</translation>
    </message>
    <message>
        <source>duplicate state &quot;%1&quot;</source>
        <translation>doppelter Zustand „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the states</source>
        <translation>„%1“ ist keiner der Zustände</translation>
    </message>
    <message>
        <source>a transition must change the state</source>
        <translation>ein Übergang muss den Zustand ändern</translation>
    </message>
    <message>
        <source>a second transition from %1 to %2</source>
        <translation>ein zweiter Übergang von %1 nach %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 is a promotion: it needs &quot;approval&quot;: true (a QA signature)</source>
        <translation>%1 -&gt; %2 ist eine Hochstufung: sie braucht „approval“: true (eine QS-Unterschrift)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 is a demotion: it takes effect at once and cannot wait for an approval</source>
        <translation>%1 -&gt; %2 ist eine Herabstufung: sie wirkt sofort und kann nicht auf eine Genehmigung warten</translation>
    </message>
    <message>
        <source>a promotion cannot be earned by rejected lots</source>
        <translation>eine Hochstufung kann nicht durch zurückgewiesene Lose erreicht werden</translation>
    </message>
    <message>
        <source>a demotion follows rejected lots (use &quot;rejected&quot;)</source>
        <translation>eine Herabstufung folgt auf zurückgewiesene Lose (verwenden Sie „rejected“)</translation>
    </message>
    <message>
        <source>a new variant starts in the initial state of rule %1</source>
        <translation>eine neue Variante beginnt im Anfangszustand von Regel %1</translation>
    </message>
    <message>
        <source>Variant %1 has no qualification state.</source>
        <translation>Variante %1 hat keinen Qualifizierungszustand.</translation>
    </message>
    <message>
        <source>Variant %1 demoted from %2 to %3: %4.</source>
        <translation>Variante %1 von %2 auf %3 herabgestuft: %4.</translation>
    </message>
    <message>
        <source>Promotion of variant %1 from %2 to %3 is due (%4) and awaits a QA approval signature.</source>
        <translation>Die Hochstufung von Variante %1 von %2 auf %3 ist fällig (%4) und wartet auf eine QS-Genehmigungsunterschrift.</translation>
    </message>
    <message>
        <source>There is no variant %1.</source>
        <translation>Es gibt keine Variante %1.</translation>
    </message>
    <message>
        <source>No promotion of variant %1 (%2) awaits approval.</source>
        <translation>Keine Hochstufung von Variante %1 (%2) wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>Promotion of %1 to %2</source>
        <translation>Hochstufung von %1 auf %2</translation>
    </message>
    <message>
        <source>The proposal for variant %1 changed while it was being signed; look at it again.</source>
        <translation>Der Vorschlag für Variante %1 hat sich während der Unterschrift geändert; sehen Sie ihn erneut an.</translation>
    </message>
    <message>
        <source>The promotion of variant %1 to %2 is no longer due.</source>
        <translation>Die Hochstufung von Variante %1 auf %2 ist nicht mehr fällig.</translation>
    </message>
    <message>
        <source>variant created (version %1)</source>
        <translation>Variante angelegt (Version %1)</translation>
    </message>
    <message>
        <source>variant changed (version %1): %2</source>
        <translation>Variante geändert (Version %1): %2</translation>
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
        <source>Your roles do not allow a &quot;%1&quot; signature.</source>
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
        <source>A user id has 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit.</source>
        <translation>Eine Benutzer-ID hat 1 bis 32 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The user id &quot;system&quot; is reserved.</source>
        <translation>Die Benutzer-ID „system“ ist reserviert.</translation>
    </message>
    <message>
        <source>The full name must have 1 to %1 characters.</source>
        <translation>Der vollständige Name muss 1 bis %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
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
        <source>The user id &quot;%1&quot; is already used and can never be given to anyone else.</source>
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
        <source>The user &quot;%1&quot; is already disabled.</source>
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
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>I reject this batch.</source>
        <translation>Ich weise diese Charge zurück.</translation>
    </message>
    <message>
        <source>I place this batch in quarantine.</source>
        <translation>Ich setze diese Charge in Quarantäne.</translation>
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
        <source>an instrument value needs the instrument id, the raw frame and the stability flag.</source>
        <translation>ein Gerätewert braucht die Geräte-ID, den Rohdatensatz und das Stabilitätskennzeichen.</translation>
    </message>
    <message>
        <source>Step %1: the reading is not stable; wait for a stable reading.</source>
        <translation>Schritt %1: der Messwert ist nicht stabil; warten Sie auf einen stabilen Messwert.</translation>
    </message>
    <message>
        <source>target %1, low %2, high %3</source>
        <translation>Soll %1, unten %2, oben %3</translation>
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
    <name>batch::exports</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>Es gibt keine Charge %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot be checked: %1</source>
        <translation>kann nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>batch::exports::RecordWriter</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 corrected from %2 to %3 by %4</source>
        <translation>%1 von %2 auf %3 korrigiert durch %4</translation>
    </message>
    <message>
        <source>Review of %1 (%2)</source>
        <translation>Prüfung von %1 (%2)</translation>
    </message>
    <message>
        <source>Closure of deviation %1</source>
        <translation>Abschluss der Abweichung %1</translation>
    </message>
    <message>
        <source>limits: %1</source>
        <translation>Grenzen: %1</translation>
    </message>
    <message>
        <source>Electronic signature (%1)</source>
        <translation>Elektronische Unterschrift (%1)</translation>
    </message>
</context>
<context>
    <name>batch::exports::Verifier</name>
    <message>
        <source>too many problems; stopped listing</source>
        <translation>zu viele Probleme; Auflistung beendet</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not a string</source>
        <translation>%1: „%2“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1: seq, prev_hash or row_hash is missing or malformed</source>
        <translation>%1: seq, prev_hash oder row_hash fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>%1: content changed (the row hash does not match the content)</source>
        <translation>%1: Inhalt geändert (der Zeilen-Hash passt nicht zum Inhalt)</translation>
    </message>
    <message>
        <source>%1: the event is listed twice</source>
        <translation>%1: das Ereignis ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>events: not in (station, seq) order</source>
        <translation>Ereignisse: nicht in der Reihenfolge (Station, seq)</translation>
    </message>
    <message>
        <source>%1: station_id, public_key, first_seq or last_seq is missing or malformed</source>
        <translation>%1: station_id, public_key, first_seq oder last_seq fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>%1: prev_hash or row_hash is malformed</source>
        <translation>%1: prev_hash oder row_hash ist fehlerhaft</translation>
    </message>
    <message>
        <source>%1: seq %2 is given twice</source>
        <translation>%1: seq %2 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>%1: station %2 seq %3 is missing from the chain</source>
        <translation>%1: Station %2 seq %3 fehlt in der Kette</translation>
    </message>
    <message>
        <source>%1: chain link broken (its prev_hash is not the row hash of seq %2)</source>
        <translation>%1: Kettenglied gebrochen (sein prev_hash ist nicht der Zeilen-Hash von seq %2)</translation>
    </message>
    <message>
        <source>%1: rows outside first_seq..last_seq</source>
        <translation>%1: Zeilen außerhalb von first_seq..last_seq</translation>
    </message>
    <message>
        <source>%1: the Ed25519 signature does not verify</source>
        <translation>%1: die Ed25519-Signatur lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>%1: the signed head hash differs from the chain at seq %2</source>
        <translation>%1: der signierte Kopf-Hash weicht bei seq %2 von der Kette ab</translation>
    </message>
    <message>
        <source>%1: no valid checkpoint covers the batch&apos;s last event (seq %2)</source>
        <translation>%1: kein gültiger Prüfpunkt deckt das letzte Ereignis der Charge ab (seq %2)</translation>
    </message>
    <message>
        <source>signature %1: its subject %2 is not in the export</source>
        <translation>Unterschrift %1: ihr Gegenstand %2 ist nicht im Export</translation>
    </message>
    <message>
        <source>signature %1: it does not bind the content of %2</source>
        <translation>Unterschrift %1: sie bindet den Inhalt von %2 nicht</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>the file does not end with the newline BatchStation writes</source>
        <translation>die Datei endet nicht mit dem Zeilenumbruch, den BatchStation schreibt</translation>
    </message>
    <message>
        <source>not an export in the exact form BatchStation writes (changed or re-saved): %1</source>
        <translation>kein Export in genau der Form, die BatchStation schreibt (geändert oder neu gespeichert): %1</translation>
    </message>
    <message>
        <source>format: not &quot;%1&quot;</source>
        <translation>Format: nicht „%1“</translation>
    </message>
    <message>
        <source>file_hash: does not match the file&apos;s content</source>
        <translation>file_hash: passt nicht zum Inhalt der Datei</translation>
    </message>
    <message>
        <source>events: the export holds no events</source>
        <translation>Ereignisse: der Export enthält keine Ereignisse</translation>
    </message>
    <message>
        <source>stations: no chain section for station %1</source>
        <translation>Stationen: kein Kettenabschnitt für Station %1</translation>
    </message>
    <message>
        <source>record_hash: does not match the events</source>
        <translation>record_hash: passt nicht zu den Ereignissen</translation>
    </message>
    <message>
        <source>events: no BatchStarted event of batch %1</source>
        <translation>Ereignisse: kein BatchStarted-Ereignis der Charge %1</translation>
    </message>
</context>
<context>
    <name>batch::instruments</name>
    <message>
        <source>User %1 (roles: %2) may not %3 (needs %4).</source>
        <translation>Benutzer %1 (Rollen: %2) darf nicht %3 (braucht %4).</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>Die Begründung ist länger als 500 Zeichen.</translation>
    </message>
    <message>
        <source>Instrument %1: %2</source>
        <translation>Gerät %1: %2</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 must be a %2 decimal number, not &quot;%3&quot;.</source>
        <translation>%1 muss eine %2 Dezimalzahl sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>non-negative</source>
        <translation>nicht negative</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instrument id (letters, digits, . _ -; at most 64).</source>
        <translation>„%1“ ist keine gültige Gerätenummer (Buchstaben, Ziffern, . _ -; höchstens 64).</translation>
    </message>
    <message>
        <source>the type must be a lower-case word such as balance or ph_meter, not &quot;%1&quot;.</source>
        <translation>der Typ muss ein kleingeschriebenes Wort wie balance oder ph_meter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Das Modell</translation>
    </message>
    <message>
        <source>The serial number</source>
        <translation>Die Seriennummer</translation>
    </message>
    <message>
        <source>The instrument class</source>
        <translation>Die Geräteklasse</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>Der Standort</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Die Einheit</translation>
    </message>
    <message>
        <source>The capacity</source>
        <translation>Die Höchstlast</translation>
    </message>
    <message>
        <source>The readability</source>
        <translation>Die Ablesbarkeit</translation>
    </message>
    <message>
        <source>The minimum weight</source>
        <translation>Die Mindesteinwaage</translation>
    </message>
    <message>
        <source>the readability is larger than the capacity.</source>
        <translation>die Ablesbarkeit ist größer als die Höchstlast.</translation>
    </message>
    <message>
        <source>the calibration is due before it was done.</source>
        <translation>die Kalibrierung ist fällig, bevor sie durchgeführt wurde.</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (mt-sics, sbi, and, hid-pos).</source>
        <translation>unbekanntes Protokoll „%1“ (mt-sics, sbi, and, hid-pos).</translation>
    </message>
    <message>
        <source>The port</source>
        <translation>Die Schnittstelle</translation>
    </message>
    <message>
        <source>the HID backend is hidraw or hidapi, not &quot;%1&quot;.</source>
        <translation>das HID-Backend ist hidraw oder hidapi, nicht „%1“.</translation>
    </message>
    <message>
        <source>Instrument %1 is %2, not in service.</source>
        <translation>Gerät %1 ist %2, nicht in Betrieb.</translation>
    </message>
    <message>
        <source>Instrument %1 has no calibration on file.</source>
        <translation>Für Gerät %1 ist keine Kalibrierung hinterlegt.</translation>
    </message>
    <message>
        <source>The calibration of %1 was due on %2; it is overdue.</source>
        <translation>Die Kalibrierung von %1 war am %2 fällig; sie ist überfällig.</translation>
    </message>
    <message>
        <source>Instrument %1 has no daily check today (%2).</source>
        <translation>Gerät %1 hat heute (%2) keine Tagesprüfung.</translation>
    </message>
    <message>
        <source>Today&apos;s daily check of %1 failed; the instrument may not be used.</source>
        <translation>Die heutige Tagesprüfung von %1 ist fehlgeschlagen; das Gerät darf nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The step needs an instrument of class %1; %2 is of class %3.</source>
        <translation>Der Schritt braucht ein Gerät der Klasse %1; %2 ist von Klasse %3.</translation>
    </message>
    <message>
        <source>The instrument that answered has serial number %1; %2 is %3 on file.</source>
        <translation>Das antwortende Gerät hat die Seriennummer %1; für %2 ist %3 hinterlegt.</translation>
    </message>
    <message>
        <source>The reading is in %1; %2 weighs in %3.</source>
        <translation>Die Messung ist in %1; %2 misst in %3.</translation>
    </message>
    <message>
        <source>The reading is not stable; wait for a stable reading.</source>
        <translation>Die Messung ist nicht stabil; warten Sie auf eine stabile Messung.</translation>
    </message>
    <message>
        <source>A balance reading must come from the balance (no reading time).</source>
        <translation>Eine Wägung muss von der Waage kommen (keine Messzeit).</translation>
    </message>
    <message>
        <source>The reading is %1 ms old; at most %2 ms are allowed.</source>
        <translation>Die Messung ist %1 ms alt; höchstens %2 ms sind erlaubt.</translation>
    </message>
    <message>
        <source>The reading is stamped %1 ms after now: not the station&apos;s clock.</source>
        <translation>Die Messung ist %1 ms nach jetzt gestempelt: nicht die Uhr der Station.</translation>
    </message>
    <message>
        <source>A balance reading must carry the serial number of the balance.</source>
        <translation>Eine Wägung muss die Seriennummer der Waage tragen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal net weight.</source>
        <translation>„%1“ ist kein dezimales Nettogewicht.</translation>
    </message>
    <message>
        <source>A balance reading must carry gross and tare as well as the net.</source>
        <translation>Eine Wägung muss neben dem Netto auch Brutto und Tara tragen.</translation>
    </message>
    <message>
        <source>Gross &quot;%1&quot; or tare &quot;%2&quot; is not a decimal.</source>
        <translation>Brutto „%1“ oder Tara „%2“ ist keine Dezimalzahl.</translation>
    </message>
    <message>
        <source>Net %1 is not gross %2 minus tare %3.</source>
        <translation>Netto %1 ist nicht Brutto %2 minus Tara %3.</translation>
    </message>
    <message>
        <source>Gross %1 %2 exceeds the capacity of %3 (%4 %2).</source>
        <translation>Brutto %1 %2 überschreitet die Höchstlast von %3 (%4 %2).</translation>
    </message>
    <message>
        <source>Net %1 %2 exceeds the capacity of %3 (%4 %2).</source>
        <translation>Netto %1 %2 überschreitet die Höchstlast von %3 (%4 %2).</translation>
    </message>
    <message>
        <source>Net %1 %2 is below the minimum weight of %3 (%4 %2).</source>
        <translation>Netto %1 %2 liegt unter der Mindesteinwaage von %3 (%4 %2).</translation>
    </message>
    <message>
        <source>Instrument %1 is not in the instrument master.</source>
        <translation>Gerät %1 ist nicht im Gerätestamm.</translation>
    </message>
    <message>
        <source>Field %1 is not a date (YYYY-MM-DD): &quot;%2&quot;.</source>
        <translation>Feld %1 ist kein Datum (JJJJ-MM-TT): „%2“.</translation>
    </message>
    <message>
        <source>Field %1 is not part of an instrument document.</source>
        <translation>Feld %1 gehört nicht zu einem Instrumentendokument.</translation>
    </message>
    <message>
        <source>Field %1 is missing or not a text.</source>
        <translation>Feld %1 fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>Field state is in_service, out_of_service or retired, not &quot;%1&quot;.</source>
        <translation>Feld state ist in_service, out_of_service oder retired, nicht „%1“.</translation>
    </message>
    <message>
        <source>Instrument %1 of this station is a simulator; a central instrument with the same id is not laid over it.</source>
        <translation>Instrument %1 dieser Station ist ein Simulator; ein zentrales Instrument mit derselben Kennung wird nicht darübergelegt.</translation>
    </message>
    <message>
        <source>Instrument %1 is retired at this station; it does not come back into use.</source>
        <translation>Instrument %1 ist an dieser Station außer Dienst gestellt; es wird nicht wieder in Gebrauch genommen.</translation>
    </message>
    <message>
        <source>Instrument %1 could not be updated.</source>
        <translation>Instrument %1 konnte nicht aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>batch::instruments::InstrumentRegistry</name>
    <message>
        <source>There is no instrument %1 in the instrument master.</source>
        <translation>Im Gerätestamm gibt es kein Gerät %1.</translation>
    </message>
    <message>
        <source>register instruments</source>
        <translation>Geräte registrieren</translation>
    </message>
    <message>
        <source>Instrument id %1 is already registered.</source>
        <translation>Die Gerätenummer %1 ist bereits registriert.</translation>
    </message>
    <message>
        <source>Instrument %1: nothing changes.</source>
        <translation>Gerät %1: nichts ändert sich.</translation>
    </message>
    <message>
        <source>Instrument %1 was changed meanwhile; try again.</source>
        <translation>Gerät %1 wurde inzwischen geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Instrument %1 could not be updated.</source>
        <translation>Gerät %1 konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>change instruments</source>
        <translation>Geräte ändern</translation>
    </message>
    <message>
        <source>Instrument %1 is retired; it does not change any more.</source>
        <translation>Gerät %1 ist ausgemustert; es ändert sich nicht mehr.</translation>
    </message>
    <message>
        <source>record calibrations</source>
        <translation>Kalibrierungen erfassen</translation>
    </message>
    <message>
        <source>A calibration needs the date it was done and the date it is due again.</source>
        <translation>Eine Kalibrierung braucht das Datum der Durchführung und das Datum der nächsten Fälligkeit.</translation>
    </message>
    <message>
        <source>A calibration cannot be recorded for a future date (%1).</source>
        <translation>Eine Kalibrierung kann nicht für ein zukünftiges Datum erfasst werden (%1).</translation>
    </message>
    <message>
        <source>The calibration certificate</source>
        <translation>Das Kalibrierzertifikat</translation>
    </message>
    <message>
        <source>record daily checks</source>
        <translation>Tagesprüfungen erfassen</translation>
    </message>
    <message>
        <source>The note is longer than 500 characters.</source>
        <translation>Die Notiz ist länger als 500 Zeichen.</translation>
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
    <message>
        <source>%1 may not shelve MVA alarms (a supervisor or QA may).</source>
        <translation>%1 darf keine MVA-Alarme zurückstellen (ein Schichtleiter oder die QS darf es).</translation>
    </message>
    <message>
        <source>Shelving an alarm needs a reason.</source>
        <translation>Das Zurückstellen eines Alarms braucht eine Begründung.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Die Begründung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Shelving needs a time limit of 1 to %1 minutes, not %2.</source>
        <translation>Das Zurückstellen braucht eine Frist von 1 bis %1 Minuten, nicht %2.</translation>
    </message>
    <message>
        <source>MVA alarm %1 is cleared and acknowledged: nothing to shelve.</source>
        <translation>MVA-Alarm %1 ist gegangen und quittiert: nichts zurückzustellen.</translation>
    </message>
    <message>
        <source>MVA alarm %1 is already shelved by %2 until %3.</source>
        <translation>MVA-Alarm %1 ist bereits von %2 bis %3 zurückgestellt.</translation>
    </message>
    <message>
        <source>The shelving just recorded cannot be read back.</source>
        <translation>Die eben erfasste Zurückstellung kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>%1 may not unshelve MVA alarms (a supervisor or QA may).</source>
        <translation>%1 darf Zurückstellungen von MVA-Alarmen nicht aufheben (ein Schichtleiter oder die QS darf es).</translation>
    </message>
    <message>
        <source>MVA alarm %1 is not shelved.</source>
        <translation>MVA-Alarm %1 ist nicht zurückgestellt.</translation>
    </message>
    <message>
        <source>The shelving cannot be read back.</source>
        <translation>Die Zurückstellung kann nicht zurückgelesen werden.</translation>
    </message>
</context>
<context>
    <name>batch::mva::ModelRepository</name>
    <message>
        <source>%1 may not manage MVA models.</source>
        <translation>%1 darf keine MVA-Modelle verwalten.</translation>
    </message>
    <message>
        <source>Model id &apos;%1&apos; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Die Modell-ID &apos;%1&apos; muss aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen.</translation>
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
    <message>
        <source>MVA model %1 version %2 is %3: it cannot be used for monitoring.</source>
        <translation>MVA-Modell %1 Version %2 ist %3: es kann nicht zur Überwachung verwendet werden.</translation>
    </message>
</context>
<context>
    <name>batch::mva::ObservationStore</name>
    <message>
        <source>A batch id must have 1 to 128 characters.</source>
        <translation>Eine Chargennummer muss 1 bis 128 Zeichen haben.</translation>
    </message>
    <message>
        <source>An MVA monitoring run stores 1 to %1 columns, not %2.</source>
        <translation>Ein MVA-Überwachungslauf speichert 1 bis %1 Spalten, nicht %2.</translation>
    </message>
    <message>
        <source>Batch %1 is already monitored with model %2.</source>
        <translation>Charge %1 wird bereits mit Modell %2 überwacht.</translation>
    </message>
    <message>
        <source>The MVA observations of batch %1 (model %2) are sealed.</source>
        <translation>Die MVA-Beobachtungen von Charge %1 (Modell %2) sind versiegelt.</translation>
    </message>
    <message>
        <source>Batch %1 reached the bound of %2 stored MVA observations.</source>
        <translation>Charge %1 hat die Grenze von %2 gespeicherten MVA-Beobachtungen erreicht.</translation>
    </message>
    <message>
        <source>Observation %1 of batch %2: maturity %3 does not increase (the last one was %4).</source>
        <translation>Beobachtung %1 von Charge %2: die Reife %3 nimmt nicht zu (die letzte war %4).</translation>
    </message>
    <message>
        <source>Batch %1 holds more than %2 stored MVA observations.</source>
        <translation>Charge %1 enthält mehr als %2 gespeicherte MVA-Beobachtungen.</translation>
    </message>
    <message>
        <source>Stored MVA observation %1 of batch %2 has %3 bytes, not %4.</source>
        <translation>Gespeicherte MVA-Beobachtung %1 von Charge %2 hat %3 Byte, nicht %4.</translation>
    </message>
    <message>
        <source>the monitoring run does not match its MvaMonitoringStarted event (seq %1)</source>
        <translation>der Überwachungslauf passt nicht zu seinem MvaMonitoringStarted-Ereignis (seq %1)</translation>
    </message>
    <message>
        <source>observation %1 is missing</source>
        <translation>Beobachtung %1 fehlt</translation>
    </message>
    <message>
        <source>observation %1 has %2 bytes of values, not %3</source>
        <translation>Beobachtung %1 hat %2 Byte Werte, nicht %3</translation>
    </message>
    <message>
        <source>observation %1 was changed (its row hash does not match)</source>
        <translation>Beobachtung %1 wurde geändert (ihr Zeilen-Hash passt nicht)</translation>
    </message>
    <message>
        <source>the alarm event at seq %1 refers to observation %2, but only %3 are stored</source>
        <translation>das Alarmereignis bei seq %1 verweist auf Beobachtung %2, aber nur %3 sind gespeichert</translation>
    </message>
    <message>
        <source>observations %1 to %2 were changed and re-hashed (the digest the alarm event at seq %3 recorded after observation %2 differs)</source>
        <translation>die Beobachtungen %1 bis %2 wurden geändert und neu gehasht (der Digest, den das Alarmereignis bei seq %3 nach Beobachtung %2 erfasst hat, weicht ab)</translation>
    </message>
    <message>
        <source>the seal event (seq %1) is missing or of another run</source>
        <translation>das Versiegelungsereignis (seq %1) fehlt oder gehört zu einem anderen Lauf</translation>
    </message>
    <message>
        <source>%1 observations are stored, the seal recorded %2</source>
        <translation>%1 Beobachtungen sind gespeichert, die Versiegelung hat %2 erfasst</translation>
    </message>
    <message>
        <source>observations %1 to %2 were changed and re-hashed (the digest differs from the one sealed at seq %3)</source>
        <translation>die Beobachtungen %1 bis %2 wurden geändert und neu gehasht (der Digest weicht von dem bei seq %3 versiegelten ab)</translation>
    </message>
</context>
<context>
    <name>batch::mva::OnlineMonitor</name>
    <message>
        <source>Batch %1 was monitored with %2 to its end (sealed at %3); it cannot be monitored again.</source>
        <translation>Charge %1 wurde mit %2 bis zu ihrem Ende überwacht (versiegelt um %3); sie kann nicht erneut überwacht werden.</translation>
    </message>
    <message>
        <source>Observation at %1 %2 refused: the stored observations of batch %3 %4.</source>
        <translation>Beobachtung bei %1 %2 abgelehnt: die gespeicherten Beobachtungen von Charge %3 %4.</translation>
    </message>
    <message>
        <source>are sealed</source>
        <translation>sind versiegelt</translation>
    </message>
    <message>
        <source>must advance in maturity</source>
        <translation>müssen in der Reife fortschreiten</translation>
    </message>
</context>
<context>
    <name>batch::mva::SimulatorSource</name>
    <message>
        <source>fluid-bed simulator (%1 observations)</source>
        <translation>Wirbelschicht-Simulator (%1 Beobachtungen)</translation>
    </message>
</context>
<context>
    <name>batch::review</name>
    <message>
        <source>low %1, high %2</source>
        <translation>unten %1, oben %2</translation>
    </message>
    <message>
        <source>min %1 s, max %2 s</source>
        <translation>min. %1 s, max. %2 s</translation>
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
        <translation>Warngrenze unten %1</translation>
    </message>
    <message>
        <source>alert high %1</source>
        <translation>Warngrenze oben %1</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is longer than 4000 characters.</source>
        <translation>%1 ist länger als 4000 Zeichen.</translation>
    </message>
    <message>
        <source>Batch %1 is %2: only a finished batch can be dispositioned.</source>
        <translation>Charge %1 ist %2: nur über eine abgeschlossene Charge kann entschieden werden.</translation>
    </message>
    <message>
        <source>Batch %1 was already dispositioned (%2) by %3 at %4.</source>
        <translation>Über Charge %1 wurde bereits entschieden (%2) von %3 am %4.</translation>
    </message>
    <message>
        <source>Batch %1 is already in quarantine.</source>
        <translation>Charge %1 ist bereits in Quarantäne.</translation>
    </message>
    <message>
        <source>The record of batch %1 does not verify (rows %2; signatures %3); run the audit trail verification.</source>
        <translation>Das Protokoll von Charge %1 lässt sich nicht verifizieren (Zeilen %2; Unterschriften %3); führen Sie die Audit-Trail-Prüfung aus.</translation>
    </message>
    <message>
        <source>%1 exception(s) not reviewed yet: %2.</source>
        <translation>%1 Ausnahme(n) noch nicht geprüft: %2.</translation>
    </message>
    <message>
        <source>%1 deviation(s) not closed yet: %2.</source>
        <translation>%1 Abweichung(en) noch nicht abgeschlossen: %2.</translation>
    </message>
    <message>
        <source>%1 executed or verified steps of batch %2; the disposition must be signed by someone independent of its execution.</source>
        <translation>%1 hat Schritte von Charge %2 ausgeführt oder verifiziert; die Entscheidung muss von jemandem unterschrieben werden, der von der Ausführung unabhängig ist.</translation>
    </message>
</context>
<context>
    <name>batch::review::ExceptionContext</name>
    <message>
        <source>target %1</source>
        <translation>Soll %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Grenze %1</translation>
    </message>
</context>
<context>
    <name>batch::review::ReviewService</name>
    <message>
        <source>There is no batch %1.</source>
        <translation>Es gibt keine Charge %1.</translation>
    </message>
    <message>
        <source>A review comment</source>
        <translation>Ein Prüfkommentar</translation>
    </message>
    <message>
        <source>Batch %1 is %2: review by exception starts when the batch is finished.</source>
        <translation>Charge %1 ist %2: die Prüfung nach Ausnahmen beginnt, wenn die Charge abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Batch %1 has no exception %2.</source>
        <translation>Charge %1 hat keine Ausnahme %2.</translation>
    </message>
    <message>
        <source>Exception %1 was already reviewed by %2 at %3.</source>
        <translation>Ausnahme %1 wurde bereits von %2 am %3 geprüft.</translation>
    </message>
    <message>
        <source>The record of exception %1 does not match its hash; it cannot be signed.</source>
        <translation>Der Datensatz der Ausnahme %1 passt nicht zu seinem Hash; er kann nicht unterschrieben werden.</translation>
    </message>
    <message>
        <source>%1 recorded exception %2; another reviewer must review it.</source>
        <translation>%1 hat Ausnahme %2 erfasst; ein anderer Prüfer muss sie prüfen.</translation>
    </message>
    <message>
        <source>The root cause</source>
        <translation>Die Grundursache</translation>
    </message>
    <message>
        <source>The corrective and preventive action (CAPA)</source>
        <translation>Die Korrektur- und Vorbeugungsmaßnahme (CAPA)</translation>
    </message>
    <message>
        <source>Closing a deviation needs the handle_deviations permission; %1 does not hold it.</source>
        <translation>Das Abschließen einer Abweichung braucht die Berechtigung handle_deviations; %1 hat sie nicht.</translation>
    </message>
    <message>
        <source>Batch %1 has no deviation %2.</source>
        <translation>Charge %1 hat keine Abweichung %2.</translation>
    </message>
    <message>
        <source>Deviation %1 was already closed by %2 at %3.</source>
        <translation>Abweichung %1 wurde bereits von %2 am %3 abgeschlossen.</translation>
    </message>
    <message>
        <source>Batch %1 was dispositioned (%2); its record is closed.</source>
        <translation>Über Charge %1 wurde entschieden (%2); ihr Protokoll ist geschlossen.</translation>
    </message>
    <message>
        <source>%1 raised deviation %2; someone else must close it.</source>
        <translation>%1 hat Abweichung %2 gemeldet; jemand anderes muss sie abschließen.</translation>
    </message>
    <message>
        <source>The record of deviation %1 does not verify.</source>
        <translation>Der Datensatz der Abweichung %1 lässt sich nicht verifizieren.</translation>
    </message>
    <message>
        <source>%1 may not disposition batches (needs release_batches).</source>
        <translation>%1 darf nicht über Chargen entscheiden (braucht release_batches).</translation>
    </message>
    <message>
        <source>A reason for this decision</source>
        <translation>Eine Begründung für diese Entscheidung</translation>
    </message>
    <message>
        <source>Only an administrator may change site settings.</source>
        <translation>Nur ein Administrator darf Standorteinstellungen ändern.</translation>
    </message>
    <message>
        <source>A reason for this change</source>
        <translation>Eine Begründung für diese Änderung</translation>
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
    <name>batch::ui::ExportJob</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Batch record of %1 written to %2 (%3 pages).</source>
        <translation>Chargenprotokoll von %1 nach %2 geschrieben (%3 Seiten).</translation>
    </message>
    <message>
        <source>The MBR of batch %1 cannot be loaded.</source>
        <translation>Das MBR der Charge %1 kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 export of %2 written to %3 (%4 bytes).</source>
        <translation>%1-Export von %2 nach %3 geschrieben (%4 Byte).</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
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
        <source>Watch every station&apos;s batches, exceptions and trends live.</source>
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
    <message>
        <source>QA review</source>
        <translation>QS-Prüfung</translation>
    </message>
    <message>
        <source>Review finished batches by exception and release them.</source>
        <translation>Abgeschlossene Chargen nach Ausnahmen prüfen und freigeben.</translation>
    </message>
    <message>
        <source>Sampling and lots</source>
        <translation>Probenahme und Lose</translation>
    </message>
    <message>
        <source>Lots with their sampling decision, variant qualification, sampling plans.</source>
        <translation>Lose, Probenahme, Qualifizierung und Pläne.</translation>
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
    <name>batch::ui::LotCreationDialog</name>
    <message>
        <source>New lot</source>
        <translation>Neues Los</translation>
    </message>
    <message>
        <source>next number</source>
        <translation>nächste Nummer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Organisation (supplier, manufacturer)</source>
        <translation>Organisation (Lieferant, Hersteller)</translation>
    </message>
    <message>
        <source>Lot size</source>
        <translation>Losgröße</translation>
    </message>
    <message>
        <source>Lot ID (optional)</source>
        <translation>Los-Nummer (optional)</translation>
    </message>
    <message>
        <source>An organisation without a variant of its own is sampled as an unknown supplier (the product&apos;s wildcard variant).</source>
        <translation>Eine Organisation ohne eigene Variante wird als unbekannter Lieferant beprobt (die Platzhalter-Variante des Produkts).</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Tests and count rule</source>
        <translation>Prüfungen und Anzahlregel</translation>
    </message>
    <message>
        <source>Sampling decision</source>
        <translation>Probenahmeentscheidung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create lot</source>
        <translation>Los anlegen</translation>
    </message>
    <message>
        <source>The station shows its sampling decision before the lot is created: the level, why, and the samples to take.</source>
        <translation>Die Station zeigt ihre Probenahmeentscheidung, bevor das Los angelegt wird: die Stufe, den Grund und die zu ziehenden Proben.</translation>
    </message>
    <message>
        <source>Level: -</source>
        <translation>Stufe: -</translation>
    </message>
    <message>
        <source>Enter the product, the organisation and the lot size.</source>
        <translation>Geben Sie Produkt, Organisation und Losgröße ein.</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>Variant %1 (wildcard: unknown supplier), %2</source>
        <translation>Variante %1 (Platzhalter: unbekannter Lieferant), %2</translation>
    </message>
    <message>
        <source>Variant %1 (%2), %3</source>
        <translation>Variante %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>batch::ui::LotsPanel</name>
    <message>
        <source>Lot</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Angelegt (UTC)</translation>
    </message>
    <message>
        <source>New lot...</source>
        <translation>Neues Los …</translation>
    </message>
    <message>
        <source>Lots received and tested at this station, newest first.</source>
        <translation>An dieser Station angenommene und geprüfte Lose, neueste zuerst.</translation>
    </message>
    <message>
        <source>%1, %2 OOS</source>
        <translation>%1, %2 OOS</translation>
    </message>
    <message>
        <source>No lots yet.</source>
        <translation>Noch keine Lose.</translation>
    </message>
    <message>
        <source>%1: signed by %2 (%3), %4 UTC, meaning %5</source>
        <translation>%1: unterschrieben von %2 (%3), %4 UTC, Bedeutung %5</translation>
    </message>
    <message>
        <source>Lot %1 created: %2</source>
        <translation>Los %1 angelegt: %2</translation>
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
    <message>
        <source>QA review</source>
        <translation>QS-Prüfung</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Probenahme</translation>
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
    <message>
        <source>Read the value off the display of instrument %1 (class %2) when it is stable, and enter it.</source>
        <translation>Lesen Sie den Wert an der Anzeige von Gerät %1 (Klasse %2) ab, wenn er stabil ist, und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Read the value off the display of the instrument (class %1) when it is stable, and enter it.</source>
        <translation>Lesen Sie den Wert an der Anzeige des Geräts (Klasse %1) ab, wenn er stabil ist, und geben Sie ihn ein.</translation>
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
    <name>batch::ui::ReviewWorkspace</name>
    <message>
        <source>Review exception %1</source>
        <translation>Ausnahme %1 prüfen</translation>
    </message>
    <message>
        <source>Review comment (assessment and impact)</source>
        <translation>Prüfkommentar (Bewertung und Auswirkung)</translation>
    </message>
    <message>
        <source>Close deviation %1</source>
        <translation>Abweichung %1 abschließen</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Corrective and preventive action (CAPA)</source>
        <translation>Korrektur- und Vorbeugungsmaßnahme (CAPA)</translation>
    </message>
    <message>
        <source>Disposition of batch %1</source>
        <translation>Entscheidung über Charge %1</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Zurückweisen</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Full record of batch %1</source>
        <translation>Vollständiges Protokoll von Charge %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export batch %1</source>
        <translation>Charge %1 exportieren</translation>
    </message>
    <message>
        <source>PDF batch record</source>
        <translation>PDF-Chargenprotokoll</translation>
    </message>
    <message>
        <source>JSON event log (verifiable offline)</source>
        <translation>JSON-Ereignisprotokoll (offline verifizierbar)</translation>
    </message>
    <message>
        <source>CSV of the recorded values</source>
        <translation>CSV der erfassten Werte</translation>
    </message>
    <message>
        <source>BatchML BatchProductionRecord</source>
        <translation>BatchML BatchProductionRecord</translation>
    </message>
    <message>
        <source>BatchML MasterRecipe of the MBR</source>
        <translation>BatchML MasterRecipe des MBR</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Exporting the record of batch %1 (%2)…</source>
        <translation>Protokoll von Charge %1 wird exportiert (%2) …</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Handeingabe</translation>
    </message>
    <message>
        <source>Choose a batch to review.</source>
        <translation>Wählen Sie eine Charge zur Prüfung.</translation>
    </message>
    <message>
        <source>Disposition…</source>
        <translation>Entscheidung …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Full record</source>
        <translation>Vollständiges Protokoll</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Verified compliant</source>
        <translation>Geprüft konform</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Batches awaiting review</source>
        <translation>Chargen, die auf Prüfung warten</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen …</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Close deviation…</source>
        <translation>Abweichung abschließen …</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Schrittart</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>With exceptions</source>
        <translation>Mit Ausnahmen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Valid signatures</source>
        <translation>Gültige Unterschriften</translation>
    </message>
    <message>
        <source>Open the full record</source>
        <translation>Vollständiges Protokoll öffnen</translation>
    </message>
    <message>
        <source>Everything that is not an exception: completed, intact and signed as required.</source>
        <translation>Alles, was keine Ausnahme ist: abgeschlossen, unversehrt und wie vorgeschrieben unterschrieben.</translation>
    </message>
    <message>
        <source>user, step, value or text</source>
        <translation>Benutzer, Schritt, Wert oder Text</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>%1 %2 — MBR %3 %4 — finished %5</source>
        <translation>%1 %2 — MBR %3 %4 — abgeschlossen %5</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>%1 of %2 exceptions not reviewed</source>
        <translation>%1 von %2 Ausnahmen nicht geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 deviations not closed</source>
        <translation>%1 von %2 Abweichungen nicht abgeschlossen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) awaiting review.</source>
        <translation>
            <numerusform>%n Charge wartet auf Prüfung.</numerusform>
            <numerusform>%n Chargen warten auf Prüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>%1 %2 · MBR %3 %4 · size %5 %6 · started %7 by %8 · %9 · record hash %10</source>
        <translation>%1 %2 · MBR %3 %4 · Größe %5 %6 · gestartet %7 von %8 · %9 · Protokoll-Hash %10</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>Dispositioned: %1 — %2</source>
        <translation>Entschieden: %1 — %2</translation>
    </message>
    <message>
        <source>Ready for disposition: every exception reviewed, every deviation closed.</source>
        <translation>Bereit zur Entscheidung: jede Ausnahme geprüft, jede Abweichung abgeschlossen.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>Exceptions (%1 open)</source>
        <translation>Ausnahmen (%1 offen)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Deviations (%1 open)</source>
        <translation>Abweichungen (%1 offen)</translation>
    </message>
    <message>
        <source>Record intact: %1 events, row hashes match; %2 signatures bind their content.</source>
        <translation>Protokoll unversehrt: %1 Ereignisse, Zeilen-Hashes stimmen; %2 Unterschriften binden ihren Inhalt.</translation>
    </message>
    <message>
        <source>RECORD DAMAGED — rows %1; signatures %2</source>
        <translation>PROTOKOLL BESCHÄDIGT — Zeilen %1; Unterschriften %2</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
    <message>
        <source>%1 of %2 events of this batch, in the order they were recorded.</source>
        <translation>%1 von %2 Ereignissen dieser Charge, in der Reihenfolge der Erfassung.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No exceptions were recorded for this batch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für diese Charge wurden keine Ausnahmen erfasst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No deviations were raised in this batch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In dieser Charge wurden keine Abweichungen gemeldet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SIMULATED INSTRUMENTS: %1 value(s) were read from simulated instruments (%2).</source>
        <translation>SIMULIERTE GERÄTE: %1 Wert(e) wurden von simulierten Geräten gelesen (%2).</translation>
    </message>
    <message>
        <source>Multivariate</source>
        <translation>Multivariat</translation>
    </message>
    <message>
        <source>Multivariate (not monitored)</source>
        <translation>Multivariat (nicht überwacht)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Batch %1
%2</source>
        <translation>Charge %1
%2</translation>
    </message>
    <message>
        <source>Deviation %1 · %2</source>
        <translation>Abweichung %1 · %2</translation>
    </message>
    <message>
        <source>Batch %1, step %2
%3</source>
        <translation>Charge %1, Schritt %2
%3</translation>
    </message>
    <message>
        <source>Closing comment</source>
        <translation>Abschlusskommentar</translation>
    </message>
    <message>
        <source>Batch %1 · %2 %3</source>
        <translation>Charge %1 · %2 %3</translation>
    </message>
    <message>
        <source>The batch record as reviewed, every event up to now.
Record hash (SHA-256): %1</source>
        <translation>Das Chargenprotokoll wie geprüft, jedes Ereignis bis jetzt.
Protokoll-Hash (SHA-256): %1</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Begründung der Entscheidung</translation>
    </message>
    <message>
        <source>Required to reject or quarantine the batch</source>
        <translation>Erforderlich, um die Charge zurückzuweisen oder in Quarantäne zu setzen</translation>
    </message>
</context>
<context>
    <name>batch::ui::SamplingPlanEditor</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Full / Reduced</source>
        <translation>Voll / Reduziert</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Same as Full</source>
        <translation>Wie voll</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Range table</source>
        <translation>Bereichstabelle</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Named rule</source>
        <translation>Benannte Regel</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>z. B. 3</translation>
    </message>
    <message>
        <source>e.g. 1-10: 2; 11-100: 3; 101+: 5</source>
        <translation>z. B. 1-10: 2; 11-100: 3; 101+: 5</translation>
    </message>
    <message>
        <source>e.g. ceil(sqrt(N)) + 1</source>
        <translation>z. B. ceil(sqrt(N)) + 1</translation>
    </message>
    <message>
        <source>name of a shared count rule</source>
        <translation>Name einer gemeinsamen Anzahlregel</translation>
    </message>
    <message>
        <source>Apply to source</source>
        <translation>Auf Quelle anwenden</translation>
    </message>
    <message>
        <source>Reason for the change (recorded), e.g. change control number</source>
        <translation>Begründung der Änderung (wird erfasst), z. B. Änderungsantragsnummer</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Read-only: only an administrator changes sampling plans.</source>
        <translation>Nur lesen: nur ein Administrator ändert Probenahmepläne.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Samples to take from a lot of N units:</source>
        <translation>Aus einem Los von N Einheiten zu ziehende Proben:</translation>
    </message>
    <message>
        <source>At Full</source>
        <translation>Bei voll</translation>
    </message>
    <message>
        <source>At Reduced</source>
        <translation>Bei reduziert</translation>
    </message>
    <message>
        <source>Tests of the sample template (the product&apos;s specification)</source>
        <translation>Prüfungen der Probenvorlage (die Spezifikation des Produkts)</translation>
    </message>
    <message>
        <source>Preview for a lot of</source>
        <translation>Vorschau für ein Los von</translation>
    </message>
    <message>
        <source>Product %1 - %2 (%3 per lot), plan version %4</source>
        <translation>Produkt %1 - %2 (%3 je Los), Planversion %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (count %2)</source>
        <translation>%1 (Anzahl %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Reduziert</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation>%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source %1 changed; save the plan to put it in force.</source>
        <translation>Quelle %1 geändert; speichern Sie den Plan, um ihn in Kraft zu setzen.</translation>
    </message>
    <message>
        <source>Enter a lot size.</source>
        <translation>Geben Sie eine Losgröße ein.</translation>
    </message>
    <message>
        <source>%1 %2 at %3: %4 samples, %5 tests (%6)</source>
        <translation>%1 %2 bei %3: %4 Proben, %5 Prüfungen (%6)</translation>
    </message>
    <message>
        <source>Give a reason for the change (it is recorded).</source>
        <translation>Geben Sie eine Begründung für die Änderung an (sie wird erfasst).</translation>
    </message>
    <message>
        <source>Plan %1 is unchanged (version %2).</source>
        <translation>Plan %1 ist unverändert (Version %2).</translation>
    </message>
    <message>
        <source>Plan %1 saved as version %2.</source>
        <translation>Plan %1 als Version %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>batch::ui::SamplingWorkspace</name>
    <message>
        <source>Lots</source>
        <translation>Lose</translation>
    </message>
    <message>
        <source>Variants and qualification</source>
        <translation>Varianten und Qualifizierung</translation>
    </message>
    <message>
        <source>Sampling plans</source>
        <translation>Probenahmepläne</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
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
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
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
    <message>
        <source>Your electronic signature is the legally binding equivalent of your handwritten signature. It is recorded with your printed name, the date and time, and its meaning.</source>
        <translation>Ihre elektronische Unterschrift ist das rechtsverbindliche Gegenstück Ihrer handschriftlichen Unterschrift. Sie wird mit Ihrem Namen in Druckschrift, Datum und Uhrzeit sowie ihrer Bedeutung aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Bedeutung: %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>%1 is required to sign.</source>
        <translation>%1 ist für die Unterschrift erforderlich.</translation>
    </message>
    <message>
        <source>A comment</source>
        <translation>Ein Kommentar</translation>
    </message>
    <message>
        <source>Enter your user ID and password to sign: only %1, who is signed in, can sign here.</source>
        <translation>Geben Sie Benutzerkennung und Passwort ein, um zu unterschreiben: nur %1, angemeldet, kann hier unterschreiben.</translation>
    </message>
    <message>
        <source>Printed name: %1 (%2)</source>
        <translation>Name in Druckschrift: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is signed in: only %1 can sign here, with their own user ID.</source>
        <translation>%1 ist angemeldet: nur %1 kann hier unterschreiben, mit der eigenen Benutzerkennung.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this station.</source>
        <translation>An dieser Station ist niemand angemeldet.</translation>
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
    <message numerus="yes">
        <source>%n instruments connected</source>
        <translation>
            <numerusform>%n Gerät verbunden</numerusform>
            <numerusform>%n Geräte verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruments connecting</source>
        <translation>
            <numerusform>%n Gerät verbindet</numerusform>
            <numerusform>%n Geräte verbinden</numerusform>
        </translation>
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
        <source>%1 — signature &quot;%2&quot;</source>
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
        <source>Batch %1 is on hold: %2. Releasing a hold is a decision about the batch, usually a supervisor&apos;s.</source>
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
        <source>Ask a supervisor for an override…</source>
        <translation>Übersteuerung durch Schichtleiter anfordern …</translation>
    </message>
    <message>
        <source>Override: manual entry on step %1</source>
        <translation>Übersteuerung: Handeingabe in Schritt %1</translation>
    </message>
    <message>
        <source>Batch %1, step %2
The value is entered by hand instead of being captured from an instrument of class %3.
Requested by %4</source>
        <translation>Charge %1, Schritt %2
Der Wert wird von Hand eingegeben, statt von einem Gerät der Klasse %3 übernommen zu werden.
Angefordert von %4</translation>
    </message>
    <message>
        <source>Value to be entered: %1</source>
        <translation>Einzugebender Wert: %1</translation>
    </message>
    <message>
        <source>The override was recorded without a signature.</source>
        <translation>Die Übersteuerung wurde ohne Unterschrift erfasst.</translation>
    </message>
    <message>
        <source>Override signed: %1. Enter the value again and confirm it.</source>
        <translation>Übersteuerung unterschrieben: %1. Geben Sie den Wert erneut ein und bestätigen Sie ihn.</translation>
    </message>
    <message>
        <source>Sign in to capture.</source>
        <translation>Melden Sie sich an, um zu übernehmen.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Unterschrieben.</translation>
    </message>
    <message>
        <source>A supervisor other than you signs the override.</source>
        <translation>Eine andere Aufsichtsperson als Sie unterschreibt die Übersteuerung.</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Begründung der Übersteuerung</translation>
    </message>
    <message>
        <source>Why the instrument cannot be used</source>
        <translation>Warum das Instrument nicht verwendet werden kann</translation>
    </message>
    <message>
        <source>Nobody is signed in at this station.</source>
        <translation>An dieser Station ist niemand angemeldet.</translation>
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
    <name>batch::ui::VariantHistoryView</name>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Approve promotion...</source>
        <translation>Hochstufung genehmigen …</translation>
    </message>
    <message>
        <source>Every state change with its reason</source>
        <translation>Jede Zustandsänderung mit ihrer Begründung</translation>
    </message>
    <message>
        <source> (promotion due)</source>
        <translation> (Hochstufung fällig)</translation>
    </message>
    <message>
        <source>%1, any other supplier</source>
        <translation>%1, jeder andere Lieferant</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 - %2 from unknown suppliers</source>
        <translation>%1 - %2 von unbekannten Lieferanten</translation>
    </message>
    <message>
        <source>%1 - %2 from %3</source>
        <translation>%1 - %2 von %3</translation>
    </message>
    <message>
        <source>%1 since %2 UTC, rule %3, plan %4</source>
        <translation>%1 seit %2 UTC, Regel %3, Plan %4</translation>
    </message>
    <message>
        <source>Promotion to %1 is due (%2) and waits for a QA approval signature.</source>
        <translation>Die Hochstufung auf %1 ist fällig (%2) und wartet auf eine QS-Genehmigungsunterschrift.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Promotion %1 → %2 proposed</source>
        <translation>Hochstufung %1 → %2 vorgeschlagen</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approve a promotion</source>
        <translation>Eine Hochstufung genehmigen</translation>
    </message>
    <message>
        <source>Variant %1: %2 → %3</source>
        <translation>Variante %1: %2 → %3</translation>
    </message>
    <message>
        <source>Promotion of variant %1 (%2) from %3 to %4.
Why it is due: %5
Qualification rule %6, sampling plan %7.</source>
        <translation>Hochstufung der Variante %1 (%2) von %3 auf %4.
Warum sie fällig ist: %5
Qualifizierungsregel %6, Probenahmeplan %7.</translation>
    </message>
</context>
<context>
    <name>batch::ui::VariantStateChart</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lot released</source>
        <translation>Los freigegeben</translation>
    </message>
    <message>
        <source>Lot rejected</source>
        <translation>Los zurückgewiesen</translation>
    </message>
    <message>
        <source>Lot open</source>
        <translation>Los offen</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
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
    <message>
        <source>The balance gave no weight to capture: %1</source>
        <translation>Die Waage lieferte kein Gewicht zum Übernehmen: %1</translation>
    </message>
    <message>
        <source>Capturing the weight of balance %1…</source>
        <translation>Gewicht von Waage %1 wird übernommen …</translation>
    </message>
    <message>
        <source>Balance %1 is taring or zeroing…</source>
        <translation>Waage %1 tariert oder stellt auf null …</translation>
    </message>
    <message>
        <source>The tare in force is not known (%1): empty the pan, press Zero, then tare the container.</source>
        <translation>Die geltende Tara ist nicht bekannt (%1): leeren Sie die Waagschale, drücken Sie Nullstellen und tarieren Sie dann den Behälter.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>The captured weight was not accepted: %1</source>
        <translation>Das übernommene Gewicht wurde nicht angenommen: %1</translation>
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
        <source>&lt;span style=&apos;color:#1f4e8c&apos;&gt;━━&lt;/span&gt; this batch &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#b07f00&apos;&gt;╍╍&lt;/span&gt; 95 % limit &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;╍╍&lt;/span&gt; 99 % limit / ellipse &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;■&lt;/span&gt; alarm: beyond the 99 % limit or ± 3 SD &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#8d9399&apos;&gt;▒&lt;/span&gt; average batch ± 3 SD &amp;nbsp;&amp;nbsp; ◯ selected point (click any point)</source>
        <translation>&lt;span style=&apos;color:#1f4e8c&apos;&gt;━━&lt;/span&gt; diese Charge &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#b07f00&apos;&gt;╍╍&lt;/span&gt; 95-%-Grenze &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;╍╍&lt;/span&gt; 99-%-Grenze / Ellipse &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;■&lt;/span&gt; Alarm: jenseits der 99-%-Grenze oder ± 3 SD &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#8d9399&apos;&gt;▒&lt;/span&gt; mittlere Charge ± 3 SD &amp;nbsp;&amp;nbsp; ◯ gewählter Punkt (auf einen Punkt tippen)</translation>
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
    <name>batch::ui::mva::MvaBatchReview</name>
    <message>
        <source>active, not acknowledged</source>
        <translation>aktiv, nicht quittiert</translation>
    </message>
    <message>
        <source>active, acknowledged</source>
        <translation>aktiv, quittiert</translation>
    </message>
    <message>
        <source>cleared, not acknowledged</source>
        <translation>gegangen, nicht quittiert</translation>
    </message>
    <message>
        <source>cleared, acknowledged</source>
        <translation>gegangen, quittiert</translation>
    </message>
    <message>
        <source>MVA monitoring</source>
        <translation>MVA-Überwachung</translation>
    </message>
    <message>
        <source>Raised (UTC)</source>
        <translation>Ausgelöst (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
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
        <source>Shelved (UTC)</source>
        <translation>Zurückgestellt (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>MVA alarms</source>
        <translation>MVA-Alarme</translation>
    </message>
    <message>
        <source>Alarm shelving</source>
        <translation>Zurückstellung von Alarmen</translation>
    </message>
    <message>
        <source>No batch chosen.</source>
        <translation>Keine Charge gewählt.</translation>
    </message>
    <message>
        <source>MVA monitoring of batch %1</source>
        <translation>MVA-Überwachung der Charge %1</translation>
    </message>
    <message>
        <source>The batch&apos;s MVA charts cannot be shown.</source>
        <translation>Die MVA-Diagramme der Charge können nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Batch %1 was not monitored with an MVA model.</source>
        <translation>Charge %1 wurde nicht mit einem MVA-Modell überwacht.</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>; soft sensor %1 v%2</source>
        <translation>; Softsensor %1 v%2</translation>
    </message>
    <message>
        <source>Model %1 v%2 (approved by %3 at %4 UTC%5)%6 · %7 observations, monitoring started %8 UTC%9</source>
        <translation>Modell %1 v%2 (genehmigt von %3 am %4 UTC%5)%6 · %7 Beobachtungen, Überwachung gestartet %8 UTC%9</translation>
    </message>
    <message>
        <source>, published centrally</source>
        <translation>, zentral veröffentlicht</translation>
    </message>
    <message>
        <source>, ended %1 UTC</source>
        <translation>, beendet %1 UTC</translation>
    </message>
    <message>
        <source>The %1 stored observations verify against the digest sealed in the record; storage stopped at its bound, later observations were scored live but not stored.</source>
        <translation>Die %1 gespeicherten Beobachtungen stimmen mit dem im Protokoll versiegelten Digest überein; die Speicherung stoppte an ihrer Grenze, spätere Beobachtungen wurden live bewertet, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>The %1 stored observations verify against the digest sealed in the record at the end of the batch.</source>
        <translation>Die %1 gespeicherten Beobachtungen stimmen mit dem am Ende der Charge im Protokoll versiegelten Digest überein.</translation>
    </message>
    <message>
        <source>Monitoring did not reach the end of the batch: the %1 stored observations are not sealed; only those before the last alarm are covered by a digest in the record.</source>
        <translation>Die Überwachung erreichte das Ende der Charge nicht: die %1 gespeicherten Beobachtungen sind nicht versiegelt; nur die vor dem letzten Alarm sind durch einen Digest im Protokoll abgedeckt.</translation>
    </message>
    <message>
        <source>The stored observations do NOT verify: %1. The charts below cannot be trusted.</source>
        <translation>Die gespeicherten Beobachtungen stimmen NICHT: %1. Den Diagrammen unten kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>MVA alarms (%1)</source>
        <translation>MVA-Alarme (%1)</translation>
    </message>
    <message>
        <source>%1 min, until %2</source>
        <translation>%1 min, bis %2</translation>
    </message>
    <message>
        <source>still shelved</source>
        <translation>noch zurückgestellt</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>unshelved by %1 at %2%3</source>
        <translation>Zurückstellung aufgehoben von %1 um %2%3</translation>
    </message>
    <message>
        <source>Alarm shelving (%1)</source>
        <translation>Zurückstellung von Alarmen (%1)</translation>
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
        <source>No approved batch evolution model &apos;%1&apos;.</source>
        <translation>Kein genehmigtes Chargenverlaufsmodell &apos;%1&apos;.</translation>
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
    <message>
        <source>SHELVED — active</source>
        <translation>ZURÜCKGESTELLT — aktiv</translation>
    </message>
    <message>
        <source>SHELVED — cleared</source>
        <translation>ZURÜCKGESTELLT — gegangen</translation>
    </message>
    <message>
        <source>Monitor live batch</source>
        <translation>Laufende Charge überwachen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translation>Zurückstellen …</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Zurückstellung aufheben</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>No live instrument feed is available.</source>
        <translation>Kein Live-Gerätedatenstrom verfügbar.</translation>
    </message>
    <message>
        <source>Batch %1 with %2 v%3 — observations from the %4</source>
        <translation>Charge %1 mit %2 v%3 — Beobachtungen aus dem %4</translation>
    </message>
    <message>
        <source>Monitoring of batch %1 resumed with the model version it started with (v%2); %3 observations were already stored.</source>
        <translation>Überwachung der Charge %1 mit der Modellversion fortgesetzt, mit der sie begann (v%2); %3 Beobachtungen waren bereits gespeichert.</translation>
    </message>
    <message>
        <source>Monitoring batch %1.</source>
        <translation>Charge %1 wird überwacht.</translation>
    </message>
    <message>
        <source>Batch %1 ended: %2 observations stored and sealed for its review.</source>
        <translation>Charge %1 beendet: %2 Beobachtungen für ihre Prüfung gespeichert und versiegelt.</translation>
    </message>
    <message>
        <source>until %1 by %2: %3</source>
        <translation>bis %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n more shelved)</source>
        <translation>
            <numerusform> (%n weiterer zurückgestellt)</numerusform>
            <numerusform> (%n weitere zurückgestellt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MVA alarm(s) of batch %1 shelved: recorded, not annunciated until the shelving ends.</source>
        <translation>
            <numerusform>%n MVA-Alarm der Charge %1 zurückgestellt: erfasst, aber nicht gemeldet, bis die Zurückstellung endet.</numerusform>
            <numerusform>%n MVA-Alarme der Charge %1 zurückgestellt: erfasst, aber nicht gemeldet, bis die Zurückstellung endet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an alarm to shelve.</source>
        <translation>Wählen Sie einen Alarm zum Zurückstellen.</translation>
    </message>
    <message>
        <source>Select a shelved alarm.</source>
        <translation>Wählen Sie einen zurückgestellten Alarm.</translation>
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
    <name>batch::ui::mva::ShelveAlarmDialog</name>
    <message>
        <source>Shelve MVA alarm</source>
        <translation>MVA-Alarm zurückstellen</translation>
    </message>
    <message>
        <source>Shelve alarm</source>
        <translation>Alarm zurückstellen</translation>
    </message>
    <message>
        <source>While shelved, this alarm and new alarms of the same condition on this batch are still recorded but do not call for attention. Shelving ends by itself at the time limit. Your name, the reason and the limit are recorded and shown in the batch&apos;s review.</source>
        <translation>Während der Zurückstellung werden dieser Alarm und neue Alarme derselben Bedingung an dieser Charge weiter erfasst, verlangen aber keine Aufmerksamkeit. Die Zurückstellung endet von selbst mit Ablauf der Frist. Ihr Name, die Begründung und die Frist werden erfasst und in der Prüfung der Charge gezeigt.</translation>
    </message>
    <message>
        <source>Reason (required), e.g. nozzle being cleaned</source>
        <translation>Begründung (erforderlich), z. B. Düse wird gereinigt</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Frist</translation>
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
    <name>batch::ui::reviewhtml</name>
    <message>
        <source> — DOES NOT VERIFY</source>
        <translation> — NICHT VERIFIZIERBAR</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <source>Attempted value</source>
        <translation>Versuchter Wert</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>Closing comment</source>
        <translation>Abschlusskommentar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>OPEN — not closed</source>
        <translation>OFFEN — nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Step (ISA-88)</source>
        <translation>Schritt (ISA-88)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>OPEN — not reviewed</source>
        <translation>OFFEN — nicht geprüft</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>Linked deviation</source>
        <translation>Verknüpfte Abweichung</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Wie erfasst</translation>
    </message>
    <message>
        <source>Batch record %1</source>
        <translation>Chargenprotokoll %1</translation>
    </message>
    <message>
        <source>%1 %2 — MBR %3 %4 — batch size %5 %6 — record hash %7</source>
        <translation>%1 %2 — MBR %3 %4 — Chargengröße %5 %6 — Protokoll-Hash %7</translation>
    </message>
    <message>
        <source>Target / limits</source>
        <translation>Soll / Grenzen</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>target %1; %2</source>
        <translation>Soll %1; %2</translation>
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
