<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Security</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation><numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform><numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform></translation>
    </message>
    <message>
        <source>The password must not be the user id.</source>
        <translation>Das Passwort darf nicht die Benutzer-ID sein.</translation>
    </message>
    <message numerus="yes">
        <source>The password must differ from the last %n passwords.</source>
        <translation><numerusform>Das Passwort muss sich vom letzten Passwort unterscheiden.</numerusform><numerusform>Das Passwort muss sich von den letzten %n Passwörtern unterscheiden.</numerusform></translation>
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
        <source>%1 · %2 · Station %3</source>
        <translation>%1 · %2 · Station %3</translation>
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
        <source>Demo mode — users admin / qa1 / op1 / sup1, password %1</source>
        <translation>Demo-Modus — Benutzer admin / qa1 / op1 / sup1, Passwort %1</translation>
    </message>
    <message>
        <source>The action could not be completed:
%1</source>
        <translation>Die Aktion konnte nicht abgeschlossen werden:
%1</translation>
    </message>
</context>
</TS>
