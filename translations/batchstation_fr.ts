<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>BatchComments</name>
        <message>
            <source>User %1 (roles: %2) may not comment on batch records.</source>
            <translation>L'utilisateur %1 (rôles : %2) ne peut pas commenter les dossiers de lot.</translation>
        </message>
        <message>
            <source>A comment needs a text.</source>
            <translation>Un commentaire doit contenir un texte.</translation>
        </message>
        <message>
            <source>A comment has at most %1 characters; this one has %2.</source>
            <translation>Un commentaire compte au plus %1 caractères ; celui-ci en compte %2.</translation>
        </message>
    </context>
    <context>
        <name>BatchEngine</name>
        <message>
            <source>Step %1: %2</source>
            <translation>Étape %1 : %2</translation>
        </message>
        <message>
            <source>the value of step %1 is missing.</source>
            <translation>la valeur de l'étape %1 manque.</translation>
        </message>
        <message>
            <source>the formula has no finite result (%1).</source>
            <translation>la formule n'a pas de résultat fini (%1).</translation>
        </message>
        <message>
            <source>the formula failed: %1</source>
            <translation>la formule a échoué : %1</translation>
        </message>
    </context>
    <context>
        <name>MbrText</name>
        <message>
            <source>malformed number at position %1</source>
            <translation>nombre mal formé à la position %1</translation>
        </message>
        <message>
            <source>unknown function "%1"</source>
            <translation>fonction inconnue « %1 »</translation>
        </message>
        <message>
            <source>expected a number, a step id or "(" at position %1</source>
            <translation>un nombre, un identifiant d'étape ou « ( » est attendu à la position %1</translation>
        </message>
        <message>
            <source>unbalanced ")" at position %1</source>
            <translation>« ) » sans correspondance à la position %1</translation>
        </message>
        <message>
            <source>"," outside a function's arguments at position %1</source>
            <translation>« , » en dehors des arguments d'une fonction à la position %1</translation>
        </message>
        <message>
            <source>expected an operator at position %1</source>
            <translation>un opérateur est attendu à la position %1</translation>
        </message>
        <message>
            <source>the formula is incomplete</source>
            <translation>la formule est incomplète</translation>
        </message>
        <message>
            <source>a "(" is not closed</source>
            <translation>une « ( » n'est pas fermée</translation>
        </message>
        <message>
            <source>unsupported format "%1" (expected "%2")</source>
            <translation>format « %1 » non pris en charge (attendu : « %2 »)</translation>
        </message>
        <message>
            <source>must look like MAJOR.MINOR, e.g. "2.1"</source>
            <translation>doit avoir la forme MAJEURE.MINEURE, par ex. « 2.1 »</translation>
        </message>
        <message>
            <source>must start with a letter or digit and contain only letters, digits, ".", "_" or "-"</source>
            <translation>doit commencer par une lettre ou un chiffre et ne contenir que des lettres, des chiffres, « . », « _ » ou « - »</translation>
        </message>
        <message>
            <source>must be greater than 0</source>
            <translation>doit être supérieur à 0</translation>
        </message>
        <message>
            <source>duplicate material code "%1"</source>
            <translation>code matière « %1 » en double</translation>
        </message>
        <message>
            <source>duplicate equipment class "%1"</source>
            <translation>classe d'équipement « %1 » en double</translation>
        </message>
        <message>
            <source>must start with a letter and contain only letters, digits and "_"</source>
            <translation>doit commencer par une lettre et ne contenir que des lettres, des chiffres et « _ »</translation>
        </message>
        <message>
            <source>"%1" is a reserved name</source>
            <translation>« %1 » est un nom réservé</translation>
        </message>
        <message>
            <source>duplicate id "%1" (already used at %2)</source>
            <translation>identifiant « %1 » en double (déjà utilisé en %2)</translation>
        </message>
        <message>
            <source>has both phases and branches; give one of them</source>
            <translation>a à la fois des phases et des branches ; n'en indiquez qu'un des deux</translation>
        </message>
        <message>
            <source>too many steps (at most %1)</source>
            <translation>trop d'étapes (au plus %1)</translation>
        </message>
        <message>
            <source>unknown step kind "%1"</source>
            <translation>type d'étape inconnu « %1 »</translation>
        </message>
        <message>
            <source>unknown step "%1"</source>
            <translation>étape inconnue « %1 »</translation>
        </message>
        <message>
            <source>step "%1" has no value (only numeric, weigh and calculation steps have one)</source>
            <translation>l'étape « %1 » n'a pas de valeur (seules les étapes numériques, de pesée et de calcul en ont une)</translation>
        </message>
        <message>
            <source>step "%1" does not come before this step</source>
            <translation>l'étape « %1 » ne précède pas cette étape</translation>
        </message>
        <message>
            <source>the document is too large (%1 bytes, at most %2)</source>
            <translation>le document est trop volumineux (%1 octets, au plus %2)</translation>
        </message>
        <message>
            <source>not valid JSON at byte %1: %2</source>
            <translation>JSON non valide à l'octet %1 : %2</translation>
        </message>
        <message>
            <source>the document must be a JSON object</source>
            <translation>le document doit être un objet JSON</translation>
        </message>
        <message>
            <source>the document nests deeper than %1 levels</source>
            <translation>le document est imbriqué sur plus de %1 niveaux</translation>
        </message>
        <message>
            <source>duplicate key</source>
            <translation>clé en double</translation>
        </message>
        <message>
            <source>the document contains text that cannot be hashed: %1</source>
            <translation>le document contient un texte qui ne peut pas être haché : %1</translation>
        </message>
        <message>
            <source>too many problems; stopped checking</source>
            <translation>trop de problèmes ; vérification interrompue</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>champ inconnu</translation>
        </message>
        <message>
            <source>missing required field</source>
            <translation>champ obligatoire manquant</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>doit être une chaîne de caractères</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <source>is too long (at most %1 characters)</source>
            <translation>est trop long (au plus %1 caractères)</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>doit être un nombre</translation>
        </message>
        <message>
            <source>must be an integer</source>
            <translation>doit être un nombre entier</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>doit être compris entre %1 et %2</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>doit valoir true ou false</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>doit être un objet</translation>
        </message>
        <message>
            <source>must be an array</source>
            <translation>doit être un tableau</translation>
        </message>
        <message numerus="yes">
            <source>needs at least %n entries</source>
            <translation>
                <numerusform>nécessite au moins %n entrée</numerusform>
                <numerusform>nécessite au moins %n entrées</numerusform>
            </translation>
        </message>
        <message>
            <source>has too many entries (at most %1)</source>
            <translation>a trop d'entrées (au plus %1)</translation>
        </message>
        <message>
            <source>duplicate entry "%1"</source>
            <translation>entrée « %1 » en double</translation>
        </message>
        <message>
            <source>MBR %1 version %2 does not exist.</source>
            <translation>Le MBR %1 version %2 n'existe pas.</translation>
        </message>
        <message>
            <source>%1 may not manage master batch records.</source>
            <translation>%1 ne peut pas gérer les dossiers maîtres de lot.</translation>
        </message>
        <message>
            <source>MBR %1 version %2 is %3: cannot %4 (it must be %5).</source>
            <translation>Le MBR %1 version %2 est %3 : impossible de %4 (il doit être %5).</translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message numerus="yes">
            <source>The master batch record has %n problem(s):
%1</source>
            <translation>
                <numerusform>Le dossier maître de lot présente %n problème :
%1</numerusform>
                <numerusform>Le dossier maître de lot présente %n problèmes :
%1</numerusform>
            </translation>
        </message>
        <message>
            <source>MBR %1 version %2 was already imported; give the changed document a new version.</source>
            <translation>Le MBR %1 version %2 a déjà été importé ; donnez une nouvelle version au document modifié.</translation>
        </message>
        <message>
            <source>submit it for review</source>
            <translation>le soumettre à la revue</translation>
        </message>
        <message>
            <source>sign it as author</source>
            <translation>le signer en tant qu'auteur</translation>
        </message>
        <message>
            <source>%1 has already signed MBR %2 version %3 as author.</source>
            <translation>%1 a déjà signé le MBR %2 version %3 en tant qu'auteur.</translation>
        </message>
        <message>
            <source>approve it</source>
            <translation>l'approuver</translation>
        </message>
        <message>
            <source>MBR %1 version %2 cannot be approved before its author has signed it.</source>
            <translation>Le MBR %1 version %2 ne peut pas être approuvé avant que son auteur ne l'ait signé.</translation>
        </message>
        <message>
            <source>The QA approval must be signed by a different person from the author (%1).</source>
            <translation>L'approbation AQ doit être signée par une autre personne que l'auteur (%1).</translation>
        </message>
        <message>
            <source>The QA approval must be signed by a different person from the one who imported or submitted the version.</source>
            <translation>L'approbation AQ doit être signée par une autre personne que celle qui a importé ou soumis la version.</translation>
        </message>
        <message>
            <source>make it effective</source>
            <translation>le mettre en vigueur</translation>
        </message>
        <message>
            <source>MBR %1 version %2 is effective and newer than version %3, which cannot replace it.</source>
            <translation>Le MBR %1 version %2 est en vigueur et plus récent que la version %3, qui ne peut pas le remplacer.</translation>
        </message>
        <message>
            <source>A reason is required to retire an MBR version.</source>
            <translation>Un motif est requis pour retirer une version de MBR.</translation>
        </message>
        <message>
            <source>retire it</source>
            <translation>le retirer</translation>
        </message>
        <message>
            <source>The stored content of MBR %1 version %2 no longer matches its content hash.</source>
            <translation>Le contenu enregistré du MBR %1 version %2 ne correspond plus à son empreinte.</translation>
        </message>
        <message>
            <source>MBR %1 has no effective version; only an effective MBR can start a batch.</source>
            <translation>Le MBR %1 n'a pas de version en vigueur ; seul un MBR en vigueur peut démarrer un lot.</translation>
        </message>
        <message>
            <source>needs at least one of low, high, alertLow, alertHigh</source>
            <translation>nécessite au moins l'un de low, high, alertLow, alertHigh</translation>
        </message>
        <message>
            <source>high must be greater than low</source>
            <translation>high doit être supérieur à low</translation>
        </message>
        <message>
            <source>alertHigh must be greater than alertLow</source>
            <translation>alertHigh doit être supérieur à alertLow</translation>
        </message>
        <message>
            <source>alertLow must not be below low: alert limits lie within the action limits</source>
            <translation>alertLow ne doit pas être inférieur à low : les limites d'alerte se situent à l'intérieur des limites d'action</translation>
        </message>
        <message>
            <source>alertLow must be below high</source>
            <translation>alertLow doit être inférieur à high</translation>
        </message>
        <message>
            <source>alertHigh must not be above high: alert limits lie within the action limits</source>
            <translation>alertHigh ne doit pas être supérieur à high : les limites d'alerte se situent à l'intérieur des limites d'action</translation>
        </message>
        <message>
            <source>alertHigh must be above low</source>
            <translation>alertHigh doit être supérieur à low</translation>
        </message>
        <message>
            <source>must lie within the limits low..high</source>
            <translation>doit se situer entre les limites low..high</translation>
        </message>
        <message>
            <source>must lie within the alert limits alertLow..alertHigh</source>
            <translation>doit se situer entre les limites d'alerte alertLow..alertHigh</translation>
        </message>
        <message>
            <source>"%1" is not one of the equipmentClasses</source>
            <translation>« %1 » n'est pas l'une des equipmentClasses</translation>
        </message>
        <message>
            <source>"%1" is not in the bill of materials</source>
            <translation>« %1 » ne figure pas dans la nomenclature</translation>
        </message>
        <message>
            <source>must be a relative path to a .png, .jpg or .svg file inside the MBR package</source>
            <translation>doit être un chemin relatif vers un fichier .png, .jpg ou .svg du paquet MBR</translation>
        </message>
        <message>
            <source>must be "manual" or "instrument"</source>
            <translation>doit valoir « manual » ou « instrument »</translation>
        </message>
        <message>
            <source>only allowed with source "instrument"</source>
            <translation>autorisé uniquement avec source « instrument »</translation>
        </message>
        <message>
            <source>give either percent or absolute, not both</source>
            <translation>indiquez percent ou absolute, pas les deux</translation>
        </message>
        <message>
            <source>must be greater than 0 and at most %1</source>
            <translation>doit être supérieur à 0 et au plus %1</translation>
        </message>
        <message>
            <source>must be smaller than the target (%1 %2)</source>
            <translation>doit être inférieur à la cible (%1 %2)</translation>
        </message>
        <message>
            <source>needs percent or absolute</source>
            <translation>nécessite percent ou absolute</translation>
        </message>
        <message>
            <source>not allowed: a weigh target comes from the bill of materials and the batch size</source>
            <translation>non autorisé : la cible d'une pesée découle de la nomenclature et de la taille du lot</translation>
        </message>
        <message>
            <source>material "%1" is measured in "%2"; weighing needs kg, g or mg</source>
            <translation>la matière « %1 » est mesurée en « %2 » ; la pesée nécessite kg, g ou mg</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>ne doit pas être négatif</translation>
        </message>
        <message>
            <source>the target at the MBR batch size (%1 %2) is below the minimum weight</source>
            <translation>la cible pour la taille de lot du MBR (%1 %2) est inférieure au poids minimal</translation>
        </message>
        <message>
            <source>must be one of Performed, Verified, Reviewed, Approved</source>
            <translation>doit valoir Performed, Verified, Reviewed ou Approved</translation>
        </message>
        <message>
            <source>unknown role "%1" (operator, supervisor, qa, admin)</source>
            <translation>rôle inconnu « %1 » (operator, supervisor, qa, admin)</translation>
        </message>
        <message>
            <source>needs at least 2 distinct options</source>
            <translation>nécessite au moins 2 options distinctes</translation>
        </message>
        <message>
            <source>must not be less than minSeconds</source>
            <translation>ne doit pas être inférieur à minSeconds</translation>
        </message>
        <message>
            <source>must be capital letters, digits or "-"</source>
            <translation>doit se composer de majuscules, de chiffres ou de « - »</translation>
        </message>
        <message>
            <source>the batch size must be greater than 0</source>
            <translation>la taille du lot doit être supérieure à 0</translation>
        </message>
        <message>
            <source>the MBR has no valid batch size</source>
            <translation>le MBR n'a pas de taille de lot valide</translation>
        </message>
        <message>
            <source>the value %1 is out of range</source>
            <translation>la valeur %1 est hors plage</translation>
        </message>
        <message>
            <source>decimals must be between 0 and 6</source>
            <translation>le nombre de décimales doit être compris entre 0 et 6</translation>
        </message>
        <message>
            <source>step "%1" is not a weigh step</source>
            <translation>l'étape « %1 » n'est pas une étape de pesée</translation>
        </message>
        <message>
            <source>material "%1" of step "%2" is not in the bill of materials</source>
            <translation>la matière « %1 » de l'étape « %2 » ne figure pas dans la nomenclature</translation>
        </message>
        <message>
            <source>the target of step "%1" rounds to zero at batch size %2</source>
            <translation>la cible de l'étape « %1 » est arrondie à zéro pour une taille de lot de %2</translation>
        </message>
        <message>
            <source>the target of step "%1" (%2 %3) is below the minimum weight %4 %3 at batch size %5</source>
            <translation>la cible de l'étape « %1 » (%2 %3) est inférieure au poids minimal %4 %3 pour une taille de lot de %5</translation>
        </message>
        <message>
            <source>The MBR has no step "%1".</source>
            <translation>Le MBR n'a pas d'étape « %1 ».</translation>
        </message>
        <message>
            <source>Step "%1" is already completed.</source>
            <translation>L'étape « %1 » est déjà terminée.</translation>
        </message>
        <message>
            <source>Step "%1" cannot be executed: every step is complete.</source>
            <translation>L'étape « %1 » ne peut pas être exécutée : toutes les étapes sont terminées.</translation>
        </message>
        <message>
            <source>Step "%1" cannot be executed yet: "%2" (%3) comes first.</source>
            <translation>L'étape « %1 » ne peut pas encore être exécutée : « %2 » (%3) passe d'abord.</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message numerus="yes">
            <source>The password must have at least %n characters.</source>
            <translation>
                <numerusform>Le mot de passe doit comporter au moins %n caractère.</numerusform>
                <numerusform>Le mot de passe doit comporter au moins %n caractères.</numerusform>
            </translation>
        </message>
        <message>
            <source>The password must not be the user id.</source>
            <translation>Le mot de passe ne doit pas être l'identifiant.</translation>
        </message>
        <message numerus="yes">
            <source>The password must differ from the last %n passwords.</source>
            <translation>
                <numerusform>Le mot de passe doit être différent du dernier mot de passe.</numerusform>
                <numerusform>Le mot de passe doit être différent des %n derniers mots de passe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Superviseur</translation>
        </message>
        <message>
            <source>Quality assurance</source>
            <translation>Assurance qualité</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>The session is locked. Unlock it instead.</source>
            <translation>La session est verrouillée. Déverrouillez-la plutôt.</translation>
        </message>
        <message>
            <source>Sign out first.</source>
            <translation>Déconnectez-vous d'abord.</translation>
        </message>
        <message>
            <source>The session is not locked.</source>
            <translation>La session n'est pas verrouillée.</translation>
        </message>
        <message>
            <source>Only %1 or an administrator can unlock.</source>
            <translation>Seul %1 ou un administrateur peut déverrouiller.</translation>
        </message>
        <message>
            <source>Only an administrator may change settings.</source>
            <translation>Seul un administrateur peut modifier les paramètres.</translation>
        </message>
        <message>
            <source>A reason is required for this change.</source>
            <translation>Un motif est requis pour cette modification.</translation>
        </message>
        <message>
            <source>The inactivity lock must be 0 to %1 seconds.</source>
            <translation>Le verrouillage pour inactivité doit être compris entre 0 et %1 secondes.</translation>
        </message>
        <message>
            <source>Change your password before you sign.</source>
            <translation>Changez votre mot de passe avant de signer.</translation>
        </message>
        <message>
            <source>Your roles do not allow a "%1" signature.</source>
            <translation>Vos rôles ne permettent pas une signature « %1 ».</translation>
        </message>
        <message>
            <source>The record to sign (%1/%2) does not exist.</source>
            <translation>L'enregistrement à signer (%1/%2) n'existe pas.</translation>
        </message>
        <message>
            <source>The verifier must be a different person from the one who performed the step.</source>
            <translation>Le vérificateur doit être une autre personne que celle qui a réalisé l'étape.</translation>
        </message>
        <message>
            <source>A user id has 1 to 32 letters, digits, '.', '_' or '-' and starts with a letter or digit.</source>
            <translation>Un identifiant compte 1 à 32 lettres, chiffres, '.', '_' ou '-' et commence par une lettre ou un chiffre.</translation>
        </message>
        <message>
            <source>The user id "system" is reserved.</source>
            <translation>L'identifiant « system » est réservé.</translation>
        </message>
        <message>
            <source>The full name must have 1 to %1 characters.</source>
            <translation>Le nom complet doit comporter 1 à %1 caractères.</translation>
        </message>
        <message>
            <source>There is no user "%1".</source>
            <translation>Il n'y a pas d'utilisateur « %1 ».</translation>
        </message>
        <message>
            <source>User id or password is wrong.</source>
            <translation>Identifiant ou mot de passe incorrect.</translation>
        </message>
        <message>
            <source>This account is locked. Ask an administrator to unlock it.</source>
            <translation>Ce compte est verrouillé. Demandez à un administrateur de le déverrouiller.</translation>
        </message>
        <message>
            <source>This account is disabled.</source>
            <translation>Ce compte est désactivé.</translation>
        </message>
        <message>
            <source>The user id "%1" is already used and can never be given to anyone else.</source>
            <translation>L'identifiant « %1 » est déjà utilisé et ne pourra jamais être attribué à quelqu'un d'autre.</translation>
        </message>
        <message>
            <source>Only an administrator may manage users.</source>
            <translation>Seul un administrateur peut gérer les utilisateurs.</translation>
        </message>
        <message>
            <source>The station already has users.</source>
            <translation>Le poste a déjà des utilisateurs.</translation>
        </message>
        <message>
            <source>A user needs at least one role.</source>
            <translation>Un utilisateur doit avoir au moins un rôle.</translation>
        </message>
        <message>
            <source>Administrators cannot disable their own account.</source>
            <translation>Les administrateurs ne peuvent pas désactiver leur propre compte.</translation>
        </message>
        <message>
            <source>The user "%1" is already disabled.</source>
            <translation>L'utilisateur « %1 » est déjà désactivé.</translation>
        </message>
        <message>
            <source>Change your own password with the old password.</source>
            <translation>Changez votre propre mot de passe avec l'ancien mot de passe.</translation>
        </message>
        <message>
            <source>You must change your password before you continue.</source>
            <translation>Vous devez changer votre mot de passe avant de continuer.</translation>
        </message>
    </context>
    <context>
        <name>SignatureText</name>
        <message>
            <source>Performed</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifié</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revu</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Libéré</translation>
        </message>
        <message>
            <source>I performed this work myself, as recorded.</source>
            <translation>J'ai réalisé ce travail moi-même, tel qu'il est enregistré.</translation>
        </message>
        <message>
            <source>I checked the work of another person and confirm that it is correct.</source>
            <translation>J'ai contrôlé le travail d'une autre personne et je confirme qu'il est correct.</translation>
        </message>
        <message>
            <source>I reviewed this record.</source>
            <translation>J'ai revu cet enregistrement.</translation>
        </message>
        <message>
            <source>I approve this content.</source>
            <translation>J'approuve ce contenu.</translation>
        </message>
        <message>
            <source>I release this batch.</source>
            <translation>Je libère ce lot.</translation>
        </message>
        <message>
            <source>Signed by %1 on %2 — %3</source>
            <translation>Signé par %1 le %2 — %3</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This station has never synchronised with the central database; signatures are refused until it has.</source>
            <translation>Ce poste ne s'est encore jamais synchronisé avec la base centrale ; les signatures sont refusées jusque-là.</translation>
        </message>
        <message>
            <source>This station has not synchronised with the central database since %1 (limit: %2 minutes); signatures are refused until it has.</source>
            <translation>Ce poste ne s'est pas synchronisé avec la base centrale depuis %1 (limite : %2 minutes) ; les signatures sont refusées jusque-là.</translation>
        </message>
    </context>
    <context>
        <name>batch::exec</name>
        <message>
            <source>A reason is required.</source>
            <translation>Un motif est requis.</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Étape %1 : %2</translation>
        </message>
        <message>
            <source>an instrument value needs the instrument id, the raw frame and the stability flag.</source>
            <translation>une valeur d'instrument nécessite l'identifiant de l'instrument, la trame brute et l'indicateur de stabilité.</translation>
        </message>
        <message>
            <source>Step %1: the reading is not stable; wait for a stable reading.</source>
            <translation>Étape %1 : la mesure n'est pas stable ; attendez une mesure stable.</translation>
        </message>
        <message>
            <source>%1 is required.</source>
            <translation>%1 est requis.</translation>
        </message>
        <message>
            <source>%1 is longer than 200 characters.</source>
            <translation>%1 dépasse 200 caractères.</translation>
        </message>
        <message>
            <source>"%1" is not a decimal number.</source>
            <translation>« %1 » n'est pas un nombre décimal.</translation>
        </message>
        <message>
            <source>"%1" has more than %2 decimal places.</source>
            <translation>« %1 » a plus de %2 décimales.</translation>
        </message>
        <message>
            <source>target %1, low %2, high %3</source>
            <translation>cible %1, bas %2, haut %3</translation>
        </message>
        <message>
            <source>low %1</source>
            <translation>bas %1</translation>
        </message>
        <message>
            <source>high %1</source>
            <translation>haut %1</translation>
        </message>
        <message>
            <source>alert low %1</source>
            <translation>alerte basse %1</translation>
        </message>
        <message>
            <source>alert high %1</source>
            <translation>alerte haute %1</translation>
        </message>
        <message>
            <source>this step takes no value (acknowledge only).</source>
            <translation>cette étape ne prend pas de valeur (confirmation seulement).</translation>
        </message>
        <message>
            <source>every item of the checklist must be ticked (value "all").</source>
            <translation>chaque point de la liste de contrôle doit être coché (valeur « all »).</translation>
        </message>
        <message>
            <source>"%1" is not one of the options: %2.</source>
            <translation>« %1 » n'est pas l'une des options : %2.</translation>
        </message>
        <message>
            <source>a text is required.</source>
            <translation>un texte est requis.</translation>
        </message>
        <message>
            <source>the text has %1 characters; at most %2 are allowed.</source>
            <translation>le texte compte %1 caractères ; %2 au plus sont autorisés.</translation>
        </message>
        <message>
            <source>the scanned lot id</source>
            <translation>le numéro de lot scanné</translation>
        </message>
        <message>
            <source>the scanned equipment id</source>
            <translation>l'identifiant d'équipement scanné</translation>
        </message>
        <message>
            <source>the sample label id</source>
            <translation>l'identifiant de l'étiquette d'échantillon</translation>
        </message>
        <message>
            <source>the sample label must start with %1.</source>
            <translation>l'étiquette d'échantillon doit commencer par %1.</translation>
        </message>
        <message>
            <source>this step is not completed with an entered value.</source>
            <translation>cette étape ne se termine pas par une valeur saisie.</translation>
        </message>
        <message>
            <source>the unit is %1, not %2.</source>
            <translation>l'unité est %1, pas %2.</translation>
        </message>
        <message>
            <source>%1 %2 is below the minimum weight of %3 %2 for this balance step.</source>
            <translation>%1 %2 est inférieur au poids minimal de %3 %2 pour cette étape de pesée.</translation>
        </message>
    </context>
    <context>
        <name>batch::exec::BatchEngine</name>
        <message>
            <source>Unknown signer %1.</source>
            <translation>Signataire inconnu %1.</translation>
        </message>
        <message>
            <source>Step %1 is not completed yet; there is nothing to sign.</source>
            <translation>L'étape %1 n'est pas encore terminée ; il n'y a rien à signer.</translation>
        </message>
        <message>
            <source>Step %1 needs a "%2" signature, not "%3".</source>
            <translation>L'étape %1 nécessite une signature « %2 », pas « %3 ».</translation>
        </message>
        <message>
            <source>Step %1 must be signed by: %2; %3 has the roles %4.</source>
            <translation>L'étape %1 doit être signée par : %2 ; %3 a les rôles %4.</translation>
        </message>
        <message>
            <source>Step %1 must be signed by a second person, not by %2 who performed the work.</source>
            <translation>L'étape %1 doit être signée par une deuxième personne, pas par %2 qui a réalisé le travail.</translation>
        </message>
        <message>
            <source>Step %1 is already signed.</source>
            <translation>L'étape %1 est déjà signée.</translation>
        </message>
        <message>
            <source>Batch %1 is finished.</source>
            <translation>Le lot %1 est terminé.</translation>
        </message>
        <message>
            <source>Step %1 is already completed; a deviation is raised before it completes.</source>
            <translation>L'étape %1 est déjà terminée ; une déviation se déclare avant la fin de l'étape.</translation>
        </message>
        <message>
            <source>A deviation needs a category, a description and the immediate action taken.</source>
            <translation>Une déviation nécessite une catégorie, une description et l'action immédiate prise.</translation>
        </message>
        <message>
            <source>deviation %1</source>
            <translation>déviation %1</translation>
        </message>
        <message>
            <source>Batch %1 has no deviation %2.</source>
            <translation>Le lot %1 n'a pas de déviation %2.</translation>
        </message>
        <message>
            <source>The continuation of %1 is already signed.</source>
            <translation>La poursuite après %1 est déjà signée.</translation>
        </message>
        <message>
            <source>The continuation after a deviation is signed by a supervisor (handle_deviations); %1 may not.</source>
            <translation>La poursuite après une déviation est signée par un superviseur (handle_deviations) ; %1 ne le peut pas.</translation>
        </message>
        <message>
            <source>Step %1 is not completed; there is nothing to correct.</source>
            <translation>L'étape %1 n'est pas terminée ; il n'y a rien à corriger.</translation>
        </message>
        <message>
            <source>Step %1 (%2) cannot be corrected by entering a value; raise a deviation.</source>
            <translation>L'étape %1 (%2) ne peut pas être corrigée par la saisie d'une valeur ; déclarez une déviation.</translation>
        </message>
        <message>
            <source>Step %1 is signed by %2 (%3); a correction needs that role or higher.</source>
            <translation>L'étape %1 est signée par %2 (%3) ; une correction nécessite ce rôle ou un rôle supérieur.</translation>
        </message>
        <message>
            <source>Step %1 already has the value %2.</source>
            <translation>L'étape %1 a déjà la valeur %2.</translation>
        </message>
        <message>
            <source>Step %1: corrected value %2 %3 is outside the limits (%4).</source>
            <translation>Étape %1 : la valeur corrigée %2 %3 est hors limites (%4).</translation>
        </message>
        <message>
            <source>Raise a deviation and have a supervisor sign the continuation first.</source>
            <translation>Déclarez une déviation et faites d'abord signer la poursuite par un superviseur.</translation>
        </message>
        <message>
            <source>Step %1 corrected from %2 to %3.</source>
            <translation>Étape %1 corrigée de %2 à %3.</translation>
        </message>
        <message>
            <source>Batch %1 is not on hold.</source>
            <translation>Le lot %1 n'est pas en attente.</translation>
        </message>
        <message>
            <source>There is no batch %1.</source>
            <translation>Il n'y a pas de lot %1.</translation>
        </message>
        <message>
            <source>MBR %1 version %2 no longer matches the content hash bound to batch %3.</source>
            <translation>Le MBR %1 version %2 ne correspond plus à l'empreinte liée au lot %3.</translation>
        </message>
        <message>
            <source>Batch %1 is on hold (%2); resume it first.</source>
            <translation>Le lot %1 est en attente (%2) ; reprenez-le d'abord.</translation>
        </message>
        <message>
            <source>User %1 (roles: %2) may not do this (needs %3).</source>
            <translation>L'utilisateur %1 (rôles : %2) ne peut pas faire cela (nécessite %3).</translation>
        </message>
        <message>
            <source>MBR %1 has no step %2.</source>
            <translation>Le MBR %1 n'a pas d'étape %2.</translation>
        </message>
        <message>
            <source>Step %1 is already completed; use a correction to change its value.</source>
            <translation>L'étape %1 est déjà terminée ; utilisez une correction pour modifier sa valeur.</translation>
        </message>
        <message>
            <source>The station clock (%1) is behind the newest event of batch %2 (%3).</source>
            <translation>L'horloge du poste (%1) retarde par rapport au dernier événement du lot %2 (%3).</translation>
        </message>
        <message>
            <source>"%1" is not a valid batch id (letters, digits, . _ -; at most 64).</source>
            <translation>« %1 » n'est pas un identifiant de lot valide (lettres, chiffres, . _ - ; au plus 64).</translation>
        </message>
        <message>
            <source>Batch id %1 is already used.</source>
            <translation>L'identifiant de lot %1 est déjà utilisé.</translation>
        </message>
        <message>
            <source>The batch size must be a positive decimal number, not "%1".</source>
            <translation>La taille du lot doit être un nombre décimal positif, pas « %1 ».</translation>
        </message>
        <message>
            <source>Step %1 is not a timer; only timers are started.</source>
            <translation>L'étape %1 n'est pas une minuterie ; seules les minuteries se démarrent.</translation>
        </message>
        <message>
            <source>Timer %1 is already running.</source>
            <translation>La minuterie %1 est déjà en cours.</translation>
        </message>
        <message>
            <source>Step %1 is a signature step: sign it (with the password).</source>
            <translation>L'étape %1 est une étape de signature : signez-la (avec le mot de passe).</translation>
        </message>
        <message>
            <source>Step %1 is calculated by the station; no value is entered.</source>
            <translation>L'étape %1 est calculée par le poste ; aucune valeur n'est saisie.</translation>
        </message>
        <message>
            <source>Timer %1 has not been started.</source>
            <translation>La minuterie %1 n'a pas été démarrée.</translation>
        </message>
        <message>
            <source>Timer %1 runs for at least %2 s; %3 s have passed.</source>
            <translation>La minuterie %1 dure au moins %2 s ; %3 s se sont écoulées.</translation>
        </message>
        <message>
            <source>Step %1: %2 %3 is outside the %4 limits (%5).</source>
            <translation>Étape %1 : %2 %3 est en dehors des %4 (%5).</translation>
        </message>
        <message>
            <source>action</source>
            <translation>limites d'action</translation>
        </message>
        <message>
            <source>alert</source>
            <translation>limites d'alerte</translation>
        </message>
        <message>
            <source>Raise a deviation and have a supervisor sign the continuation before the step can complete.</source>
            <translation>Déclarez une déviation et faites signer la poursuite par un superviseur avant que l'étape puisse se terminer.</translation>
        </message>
        <message>
            <source>Step %1 expects an instrument value; it was entered by hand.</source>
            <translation>L'étape %1 attend une valeur d'instrument ; elle a été saisie à la main.</translation>
        </message>
        <message>
            <source>Timer %1 ran %2 s, longer than its maximum of %3 s.</source>
            <translation>La minuterie %1 a duré %2 s, plus que son maximum de %3 s.</translation>
        </message>
    </context>
    <context>
        <name>batch::mva</name>
        <message>
            <source>high</source>
            <translation>haut</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bas</translation>
        </message>
        <message>
            <source>MVA model %1 version %2 does not exist.</source>
            <translation>Le modèle MVA %1 version %2 n'existe pas.</translation>
        </message>
        <message>
            <source>MVA model %1 version %2 is %3: cannot %4 (it must be %5).</source>
            <translation>Le modèle MVA %1 version %2 est %3 : impossible de %4 (il doit être %5).</translation>
        </message>
    </context>
    <context>
        <name>batch::mva::AlarmDetector</name>
        <message>
            <source>at %1 %2</source>
            <translation>à %1 %2</translation>
        </message>
        <message>
            <source>Hotelling T2 above its 99 % limit</source>
            <translation>T2 de Hotelling au-dessus de sa limite à 99 %</translation>
        </message>
        <message>
            <source>SPE above its 99 % limit</source>
            <translation>SPE au-dessus de sa limite à 99 %</translation>
        </message>
        <message>
            <source>DModX above its 99 % limit</source>
            <translation>DModX au-dessus de sa limite à 99 %</translation>
        </message>
        <message>
            <source>score t%1 below its -3 SD band</source>
            <translation>score t%1 sous sa bande à −3 ET</translation>
        </message>
        <message>
            <source>score t%1 above its +3 SD band</source>
            <translation>score t%1 au-dessus de sa bande à +3 ET</translation>
        </message>
        <message>
            <source> (%1 points in a row): %2</source>
            <translation> (%1 points consécutifs) : %2</translation>
        </message>
        <message>
            <source>%1 back within its limit %2</source>
            <translation>%1 de nouveau dans sa limite %2</translation>
        </message>
    </context>
    <context>
        <name>batch::mva::AlarmLog</name>
        <message>
            <source>There is no MVA alarm %1.</source>
            <translation>Il n'y a pas d'alarme MVA %1.</translation>
        </message>
        <message>
            <source>MVA alarm %1 is already cleared.</source>
            <translation>L'alarme MVA %1 est déjà levée.</translation>
        </message>
        <message>
            <source>%1 may not acknowledge MVA alarms.</source>
            <translation>%1 ne peut pas acquitter les alarmes MVA.</translation>
        </message>
        <message>
            <source>MVA alarm %1 was already acknowledged by %2 at %3.</source>
            <translation>L'alarme MVA %1 a déjà été acquittée par %2 à %3.</translation>
        </message>
    </context>
    <context>
        <name>batch::mva::ModelRepository</name>
        <message>
            <source>%1 may not manage MVA models.</source>
            <translation>%1 ne peut pas gérer les modèles MVA.</translation>
        </message>
        <message>
            <source>Model id '%1' must be 1 to 64 letters, digits, '.', '_' or '-'.</source>
            <translation>L'identifiant de modèle '%1' doit compter 1 à 64 lettres, chiffres, '.', '_' ou '-'.</translation>
        </message>
        <message>
            <source>The model file is not a JSON object: %1</source>
            <translation>Le fichier de modèle n'est pas un objet JSON : %1</translation>
        </message>
        <message>
            <source>approve it</source>
            <translation>l'approuver</translation>
        </message>
        <message>
            <source>The QA approval must be signed by a different person from the one who imported the model (%1).</source>
            <translation>L'approbation AQ doit être signée par une autre personne que celle qui a importé le modèle (%1).</translation>
        </message>
        <message>
            <source>A reason is required to retire a model.</source>
            <translation>Un motif est requis pour retirer un modèle.</translation>
        </message>
        <message>
            <source>MVA model %1 version %2 is already retired.</source>
            <translation>Le modèle MVA %1 version %2 est déjà retiré.</translation>
        </message>
        <message>
            <source>MVA model %1 has no approved version; a model is used for monitoring only after QA approval.</source>
            <translation>Le modèle MVA %1 n'a pas de version approuvée ; un modèle ne sert à la surveillance qu'après approbation AQ.</translation>
        </message>
        <message>
            <source>The stored MVA model %1 version %2 fails its check: %3.</source>
            <translation>Le modèle MVA enregistré %1 version %2 échoue à sa vérification : %3.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::AcknowledgeInput</name>
        <message>
            <source>Done — I have carried this out</source>
            <translation>Fait — je l'ai réalisé</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::AdminExitDialog</name>
        <message>
            <source>Close the station</source>
            <translation>Fermer le poste</translation>
        </message>
        <message>
            <source>This station runs in kiosk mode. Only an administrator can close it.</source>
            <translation>Ce poste fonctionne en mode kiosque. Seul un administrateur peut le fermer.</translation>
        </message>
        <message>
            <source>Administrator user ID</source>
            <translation>Identifiant de l'administrateur</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Enter the user ID and the password.</source>
            <translation>Saisissez l'identifiant et le mot de passe.</translation>
        </message>
        <message>
            <source>User ID or password is wrong.</source>
            <translation>Identifiant ou mot de passe incorrect.</translation>
        </message>
        <message>
            <source>Only an administrator can close the station; %1 is not one.</source>
            <translation>Seul un administrateur peut fermer le poste ; %1 n'en est pas un.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::AuditTrailModel</name>
        <message>
            <source>%1 — BROKEN</source>
            <translation>%1 — ROMPU</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Heure (UTC)</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::AuditTrailView</name>
        <message>
            <source>any user</source>
            <translation>tous les utilisateurs</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>À partir du</translation>
        </message>
        <message>
            <source>Apply filter</source>
            <translation>Appliquer le filtre</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Verify integrity</source>
            <translation>Vérifier l'intégrité</translation>
        </message>
        <message>
            <source>Event type</source>
            <translation>Type d'événement</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>All event types</source>
            <translation>Tous les types d'événements</translation>
        </message>
        <message>
            <source>Showing the newest %1 events. Narrow the filter to see older ones.</source>
            <translation>Affichage des %1 événements les plus récents. Affinez le filtre pour voir les plus anciens.</translation>
        </message>
        <message>
            <source>Events shown: %1, newest first.</source>
            <translation>Événements affichés : %1, les plus récents d'abord.</translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Verifying the audit trail. You can keep working.</source>
            <translation>Vérification de la piste d'audit. Vous pouvez continuer à travailler.</translation>
        </message>
        <message>
            <source>The verification could not run: %1</source>
            <translation>La vérification n'a pas pu s'exécuter : %1</translation>
        </message>
        <message>
            <source>Integrity verified: %1 events, %2 checkpoints</source>
            <translation>Intégrité vérifiée : %1 événements, %2 points de contrôle</translation>
        </message>
        <message>
            <source>Integrity BROKEN at %1 seq %2: %3</source>
            <translation>Intégrité ROMPUE à %1 n° %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::BatchListModel</name>
        <message>
            <source>Started by %1</source>
            <translation>Démarré par %1</translation>
        </message>
        <message>
            <source>Master batch record</source>
            <translation>Dossier maître de lot</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Product code</source>
            <translation>Code produit</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Default size</source>
            <translation>Taille standard</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Démarré</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::BatchListScreen</name>
        <message>
            <source>Start a batch…</source>
            <translation>Démarrer un lot…</translation>
        </message>
        <message>
            <source>Ready to start</source>
            <translation>Prêts à démarrer</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Finished recently</source>
            <translation>Terminés récemment</translation>
        </message>
        <message>
            <source>Touch a batch to continue it, or start a new one.</source>
            <translation>Touchez un lot pour le poursuivre, ou démarrez-en un nouveau.</translation>
        </message>
        <message>
            <source>%1 version %2</source>
            <translation>%1 version %2</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>on hold: %1</source>
            <translation>en attente : %1</translation>
        </message>
        <message>
            <source>%1 of %2 steps done</source>
            <translation>%1 étapes sur %2 réalisées</translation>
        </message>
        <message numerus="yes">
            <source>%n MBR(s)</source>
            <translation>
                <numerusform>%n MBR</numerusform>
                <numerusform>%n MBR</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n lot</numerusform>
                <numerusform>%n lots</numerusform>
            </translation>
        </message>
        <message>
            <source>No master batch record is effective at this station: no batch can be started.</source>
            <translation>Aucun dossier maître de lot n'est en vigueur sur ce poste : aucun lot ne peut être démarré.</translation>
        </message>
        <message>
            <source>Nobody is signed in.</source>
            <translation>Personne n'est connecté.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::CalculationInput</name>
        <message>
            <source>Formula: %1 = %2</source>
            <translation>Formule : %1 = %2</translation>
        </message>
        <message>
            <source>Inputs (values in force):</source>
            <translation>Entrées (valeurs en vigueur) :</translation>
        </message>
        <message>
            <source>Confirm calculation</source>
            <translation>Confirmer le calcul</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Taille du lot</translation>
        </message>
        <message>
            <source>Theoretical yield of this batch</source>
            <translation>Rendement théorique de ce lot</translation>
        </message>
        <message>
            <source>not recorded yet</source>
            <translation>pas encore enregistré</translation>
        </message>
        <message>
            <source>Result: %1 %2</source>
            <translation>Résultat : %1 %2</translation>
        </message>
        <message>
            <source>Result not available: %1</source>
            <translation>Résultat indisponible : %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ChangePasswordScreen</name>
        <message>
            <source>At least %1 characters, not your user ID, and none of your last %2 passwords.</source>
            <translation>Au moins %1 caractères, pas votre identifiant, et aucun de vos %2 derniers mots de passe.</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Changer le mot de passe</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Mot de passe actuel</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Répéter le nouveau mot de passe</translation>
        </message>
        <message>
            <source>Choose a new password</source>
            <translation>Choisissez un nouveau mot de passe</translation>
        </message>
        <message>
            <source>Change your password</source>
            <translation>Changez votre mot de passe</translation>
        </message>
        <message>
            <source>User %1 must set a new password before signing in.</source>
            <translation>L'utilisateur %1 doit définir un nouveau mot de passe avant de se connecter.</translation>
        </message>
        <message>
            <source>User %1</source>
            <translation>Utilisateur %1</translation>
        </message>
        <message>
            <source>Enter your current password and a new password.</source>
            <translation>Saisissez votre mot de passe actuel et un nouveau mot de passe.</translation>
        </message>
        <message>
            <source>The new password and its repetition do not match.</source>
            <translation>Le nouveau mot de passe et sa répétition ne correspondent pas.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ChecklistInput</name>
        <message>
            <source>Tick every item once it is done:</source>
            <translation>Cochez chaque point une fois réalisé :</translation>
        </message>
        <message>
            <source>%1 of %2 ticked</source>
            <translation>%1 sur %2 cochés</translation>
        </message>
        <message>
            <source>Confirm checklist</source>
            <translation>Confirmer la liste</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ChoiceInput</name>
        <message>
            <source>Choose one:</source>
            <translation>Choisissez une option :</translation>
        </message>
        <message>
            <source>Confirm choice</source>
            <translation>Confirmer le choix</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::CommentDialog</name>
        <message>
            <source>Add a comment</source>
            <translation>Ajouter un commentaire</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Ajouter le commentaire</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::CorrectionDialog</name>
        <message>
            <source>Correct a recorded value</source>
            <translation>Corriger une valeur enregistrée</translation>
        </message>
        <message>
            <source>Record correction</source>
            <translation>Enregistrer la correction</translation>
        </message>
        <message>
            <source>Step: %1</source>
            <translation>Étape : %1</translation>
        </message>
        <message>
            <source>Value in force: %1 %2</source>
            <translation>Valeur en vigueur : %1 %2</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Motif de la correction</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::DeviationDialog</name>
        <message>
            <source>Equipment or instrument</source>
            <translation>Équipement ou instrument</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>Matière</translation>
        </message>
        <message>
            <source>Process parameter</source>
            <translation>Paramètre de procédé</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <source>Instruction or record</source>
            <translation>Instruction ou enregistrement</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Raise a deviation</source>
            <translation>Déclarer une déviation</translation>
        </message>
        <message>
            <source>Raise deviation</source>
            <translation>Déclarer la déviation</translation>
        </message>
        <message>
            <source>Value that could not be recorded: %1</source>
            <translation>Valeur qui n'a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Immediate action taken</source>
            <translation>Action immédiate prise</translation>
        </message>
        <message>
            <source>Also put the batch on hold now</source>
            <translation>Mettre aussi le lot en attente maintenant</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::EventDetailView</name>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Ancienne valeur</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <source>Select an event in the list to see everything it recorded.</source>
            <translation>Sélectionnez un événement dans la liste pour voir tout ce qu'il a enregistré.</translation>
        </message>
        <message>
            <source>seq %1</source>
            <translation>n° %1</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Heure (UTC)</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Event ID</source>
            <translation>Identifiant d'événement</translation>
        </message>
        <message>
            <source>Recorded data</source>
            <translation>Données enregistrées</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>Chaîne</translation>
        </message>
        <message>
            <source>Previous hash</source>
            <translation>Empreinte précédente</translation>
        </message>
        <message>
            <source>Row hash</source>
            <translation>Empreinte de la ligne</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::HeaderBar</name>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::HomeScreen</name>
        <message>
            <source>Batches</source>
            <translation>Lots</translation>
        </message>
        <message>
            <source>Start a batch, continue one in progress, or look at its record.</source>
            <translation>Démarrer un lot, poursuivre un lot en cours ou consulter son dossier.</translation>
        </message>
        <message>
            <source>Live trends</source>
            <translation>Tendances en direct</translation>
        </message>
        <message>
            <source>The readings of every instrument of this station, live.</source>
            <translation>Les mesures de chaque instrument de ce poste, en direct.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Piste d'audit</translation>
        </message>
        <message>
            <source>Read every recorded event and verify the integrity of the record.</source>
            <translation>Lire chaque événement enregistré et vérifier l'intégrité de l'enregistrement.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>See the user accounts of this station, their roles and state.</source>
            <translation>Voir les comptes utilisateurs de ce poste, leurs rôles et leur état.</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Set a new password for your own account.</source>
            <translation>Définir un nouveau mot de passe pour votre compte.</translation>
        </message>
        <message>
            <source>Your session</source>
            <translation>Votre session</translation>
        </message>
        <message>
            <source>Your latest recorded actions</source>
            <translation>Vos dernières actions enregistrées</translation>
        </message>
        <message>
            <source>Choose what you want to do.</source>
            <translation>Choisissez ce que vous voulez faire.</translation>
        </message>
        <message>
            <source>Welcome, %1</source>
            <translation>Bienvenue, %1</translation>
        </message>
        <message>
            <source>The screen locks after %1 min without input.</source>
            <translation>L'écran se verrouille après %1 min sans saisie.</translation>
        </message>
        <message>
            <source>The inactivity lock is switched off at this station.</source>
            <translation>Le verrouillage pour inactivité est désactivé sur ce poste.</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2).</source>
            <translation>Connecté en tant que %1 (%2).</translation>
        </message>
        <message>
            <source>Roles: %1</source>
            <translation>Rôles : %1</translation>
        </message>
        <message>
            <source>Supervisor dashboard</source>
            <translation>Tableau de bord superviseur</translation>
        </message>
        <message>
            <source>Watch every station's batches, exceptions and trends live.</source>
            <translation>Suivre en direct les lots, exceptions et tendances de chaque poste.</translation>
        </message>
        <message>
            <source>MVA monitor</source>
            <translation>Surveillance MVA</translation>
        </message>
        <message>
            <source>Watch the running batch against its approved multivariate model.</source>
            <translation>Suivre le lot en cours par rapport à son modèle multivarié approuvé.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::LimitBand</name>
        <message>
            <source>Target %1</source>
            <translation>Cible %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::LockScreen</name>
        <message>
            <source>Station locked</source>
            <translation>Poste verrouillé</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Only an administrator can open a session that another user locked. The switch is recorded in the audit trail.</source>
            <translation>Seul un administrateur peut ouvrir une session verrouillée par un autre utilisateur. Le changement est enregistré dans la piste d'audit.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Locked by %1 (%2) at %3.</source>
            <translation>Verrouillé par %1 (%2) à %3.</translation>
        </message>
        <message>
            <source>Locked.</source>
            <translation>Verrouillé.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Password for %1</source>
            <translation>Mot de passe de %1</translation>
        </message>
        <message>
            <source>Switch and unlock</source>
            <translation>Changer et déverrouiller</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Changer d'utilisateur</translation>
        </message>
        <message>
            <source>Enter the user ID and password.</source>
            <translation>Saisissez l'identifiant et le mot de passe.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Saisissez votre mot de passe.</translation>
        </message>
        <message>
            <source>Unlock refused.</source>
            <translation>Déverrouillage refusé.</translation>
        </message>
        <message>
            <source>Attempts left before the account is locked: %1</source>
            <translation>Tentatives restantes avant le verrouillage du compte : %1</translation>
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
            <translation>Poste %1</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Close the station…</source>
            <translation>Fermer le poste…</translation>
        </message>
        <message>
            <source>Enter your user ID and password.</source>
            <translation>Saisissez votre identifiant et votre mot de passe.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>User ID or password is wrong.</source>
            <translation>Identifiant ou mot de passe incorrect.</translation>
        </message>
        <message>
            <source>Attempts left before the account is locked: %1</source>
            <translation>Tentatives restantes avant le verrouillage du compte : %1</translation>
        </message>
        <message>
            <source>This account is locked. Ask an administrator.</source>
            <translation>Ce compte est verrouillé. Adressez-vous à un administrateur.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Changer le mot de passe</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Piste d'audit</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Lots</translation>
        </message>
        <message>
            <source>Batch %1</source>
            <translation>Lot %1</translation>
        </message>
        <message>
            <source>Live trends</source>
            <translation>Tendances en direct</translation>
        </message>
        <message>
            <source>BatchStation — %1 — %2</source>
            <translation>BatchStation — %1 — %2</translation>
        </message>
        <message>
            <source>Supervisor dashboard</source>
            <translation>Tableau de bord superviseur</translation>
        </message>
        <message>
            <source>MVA monitor</source>
            <translation>Surveillance MVA</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::NumericInput</name>
        <message>
            <source>Enter the value by hand instead</source>
            <translation>Saisir plutôt la valeur à la main</translation>
        </message>
        <message>
            <source>This value is expected from an instrument of class %1. A value entered by hand is recorded as an exception.</source>
            <translation>Cette valeur est attendue d'un instrument de la classe %1. Une valeur saisie à la main est enregistrée comme exception.</translation>
        </message>
        <message>
            <source>Confirm value</source>
            <translation>Confirmer la valeur</translation>
        </message>
        <message>
            <source>Capture from the instrument instead</source>
            <translation>Reprendre plutôt de l'instrument</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::NumericKeypad</name>
        <message>
            <source>Delete the last character</source>
            <translation>Effacer le dernier caractère</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ReasonDialog</name>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Another person authorises this (for example a supervisor)</source>
            <translation>Une autre personne autorise cette action (par exemple un superviseur)</translation>
        </message>
        <message>
            <source>User ID of the person who authorises</source>
            <translation>Identifiant de la personne qui autorise</translation>
        </message>
        <message>
            <source>Their password</source>
            <translation>Son mot de passe</translation>
        </message>
        <message>
            <source>Enter the user ID and the password of the person who authorises.</source>
            <translation>Saisissez l'identifiant et le mot de passe de la personne qui autorise.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::ScanInput</name>
        <message>
            <source>Scan the label of the container of %1 — %2</source>
            <translation>Scannez l'étiquette du contenant de %1 — %2</translation>
        </message>
        <message>
            <source>Scan the equipment label: %1 — %2</source>
            <translation>Scannez l'étiquette de l'équipement : %1 — %2</translation>
        </message>
        <message numerus="yes">
            <source>Draw %n sample(s) and scan the first label (it starts with %1).</source>
            <translation>
                <numerusform>Prélevez %n échantillon et scannez la première étiquette (elle commence par %1).</numerusform>
                <numerusform>Prélevez %n échantillons et scannez la première étiquette (elle commence par %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>Scan now, or type the id</source>
            <translation>Scannez maintenant ou tapez l'identifiant</translation>
        </message>
        <message>
            <source>Use the printed label id</source>
            <translation>Utiliser l'identifiant de l'étiquette imprimée</translation>
        </message>
        <message>
            <source>Label id of the printed label.</source>
            <translation>Identifiant de l'étiquette imprimée.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>Scanned: %1</source>
            <translation>Scanné : %1</translation>
        </message>
        <message>
            <source>Typed by hand: %1</source>
            <translation>Tapé à la main : %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::SignatureDialog</name>
        <message>
            <source>Electronic signature</source>
            <translation>Signature électronique</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>You are signing</source>
            <translation>Vous signez</translation>
        </message>
        <message>
            <source>Meaning: %1 — %2</source>
            <translation>Signification : %1 — %2</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Commentaire (facultatif)</translation>
        </message>
        <message>
            <source>Another person signs with their own user ID and password.</source>
            <translation>Une autre personne signe avec son propre identifiant et son mot de passe.</translation>
        </message>
        <message>
            <source>I sign myself (%1)</source>
            <translation>Je signe moi-même (%1)</translation>
        </message>
        <message>
            <source>You signed before in this session: enter your password.</source>
            <translation>Vous avez déjà signé dans cette session : saisissez votre mot de passe.</translation>
        </message>
        <message>
            <source>Enter your user ID and password to sign.</source>
            <translation>Saisissez votre identifiant et votre mot de passe pour signer.</translation>
        </message>
        <message>
            <source>Another person signs</source>
            <translation>Une autre personne signe</translation>
        </message>
        <message>
            <source>Printed name: %1</source>
            <translation>Nom en clair : %1</translation>
        </message>
        <message>
            <source>Printed name: —</source>
            <translation>Nom en clair : —</translation>
        </message>
        <message>
            <source>Enter the user ID and the password.</source>
            <translation>Saisissez l'identifiant et le mot de passe.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Saisissez votre mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::SignatureInput</name>
        <message>
            <source>Signature: %1</source>
            <translation>Signature : %1</translation>
        </message>
        <message>
            <source>Signed by: %1</source>
            <translation>Signé par : %1</translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <source>A second person signs: not the person who performed the work before this step.</source>
            <translation>Une deuxième personne signe : pas celle qui a réalisé le travail avant cette étape.</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>Signer…</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StartBatchDialog</name>
        <message>
            <source>Start a batch</source>
            <translation>Démarrer un lot</translation>
        </message>
        <message>
            <source>Start batch</source>
            <translation>Démarrer le lot</translation>
        </message>
        <message>
            <source>Master batch record (effective version)</source>
            <translation>Dossier maître de lot (version en vigueur)</translation>
        </message>
        <message>
            <source>%1 — %2, version %3</source>
            <translation>%1 — %2, version %3</translation>
        </message>
        <message>
            <source>Batch ID</source>
            <translation>Identifiant du lot</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Taille du lot</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StationStatusBar</name>
        <message>
            <source>Station %1</source>
            <translation>Poste %1</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Personne de connecté</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 — locked</source>
            <translation>%1 — verrouillé</translation>
        </message>
        <message>
            <source>No instruments</source>
            <translation>Aucun instrument</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <source>connecting</source>
            <translation>en connexion</translation>
        </message>
        <message>
            <source>disconnected</source>
            <translation>hors ligne</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refus (mauvais instrument)</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Sync: not configured</source>
            <translation>Synchro : non configurée</translation>
        </message>
        <message>
            <source>Sync: online, %1 events waiting</source>
            <translation>Synchro : en ligne, %1 événements en attente</translation>
        </message>
        <message>
            <source>Sync: online, up to date</source>
            <translation>Synchro : en ligne, à jour</translation>
        </message>
        <message>
            <source>Sync: uploading, %1 events waiting</source>
            <translation>Synchro : envoi en cours, %1 événements en attente</translation>
        </message>
        <message>
            <source>Sync: offline, %1 events waiting</source>
            <translation>Synchro : hors ligne, %1 événements en attente</translation>
        </message>
        <message>
            <source>clock off by %1 ms</source>
            <translation>horloge décalée de %1 ms</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StepHistoryModel</name>
        <message>
            <source>running since %1</source>
            <translation>en cours depuis %1</translation>
        </message>
        <message>
            <source>awaiting signature</source>
            <translation>en attente de signature</translation>
        </message>
        <message>
            <source>(corrected)</source>
            <translation>(corrigé)</translation>
        </message>
        <message numerus="yes">
            <source>%n signature(s)</source>
            <translation>
                <numerusform>%n signature</numerusform>
                <numerusform>%n signatures</numerusform>
            </translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Value in force</source>
            <translation>Valeur en vigueur</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StepHistoryView</name>
        <message>
            <source>instrument</source>
            <translation>instrument</translation>
        </message>
        <message>
            <source>computed by the station</source>
            <translation>calculé par le poste</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>saisi à la main</translation>
        </message>
        <message>
            <source>Correct this value…</source>
            <translation>Corriger cette valeur…</translation>
        </message>
        <message>
            <source>Verify (second person)…</source>
            <translation>Vérifier (deuxième personne)…</translation>
        </message>
        <message>
            <source>The record of this batch so far (read-only). Select a step to see everything recorded for it.</source>
            <translation>Le dossier de ce lot jusqu'ici (lecture seule). Sélectionnez une étape pour voir tout ce qui a été enregistré pour elle.</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) recorded</source>
            <translation>
                <numerusform>%n étape enregistrée</numerusform>
                <numerusform>%n étapes enregistrées</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;No step selected.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Aucune étape sélectionnée.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Step id</source>
            <translation>Identifiant d'étape</translation>
        </message>
        <message>
            <source>Recorded value</source>
            <translation>Valeur enregistrée</translation>
        </message>
        <message>
            <source>Value in force</source>
            <translation>Valeur en vigueur</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <source>Raw frame</source>
            <translation>Trame brute</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>Stable</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Limits</source>
            <translation>Limites</translation>
        </message>
        <message>
            <source>within limits</source>
            <translation>dans les limites</translation>
        </message>
        <message>
            <source>outside the alert limits</source>
            <translation>hors des limites d'alerte</translation>
        </message>
        <message>
            <source>outside the action limits</source>
            <translation>hors des limites d'action</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Déviation</translation>
        </message>
        <message>
            <source>Performed by</source>
            <translation>Réalisé par</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Démarré</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <source>%1 → %2 by %3 on %4. Reason: %5</source>
            <translation>%1 → %2 par %3 le %4. Motif : %5</translation>
        </message>
        <message>
            <source>%1 (%2) raised by %3 on %4: %5. Immediate action: %6</source>
            <translation>%1 (%2) déclarée par %3 le %4 : %5. Action immédiate : %6</translation>
        </message>
        <message>
            <source>Continuation: %1</source>
            <translation>Poursuite : %1</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Déviations</translation>
        </message>
        <message>
            <source>%1 on %2: %3</source>
            <translation>%1 le %2 : %3</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StepInputWidget</name>
        <message>
            <source>No limits.</source>
            <translation>Pas de limites.</translation>
        </message>
        <message>
            <source>Within limits</source>
            <translation>Dans les limites</translation>
        </message>
        <message>
            <source>Outside the alert limits: recorded as an exception</source>
            <translation>Hors des limites d'alerte : enregistré comme exception</translation>
        </message>
        <message>
            <source>Outside the action limits: needs an approved deviation</source>
            <translation>Hors des limites d'action : nécessite une déviation approuvée</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::StepRunnerScreen</name>
        <message>
            <source>Timer started at %1.</source>
            <translation>Minuterie démarrée à %1.</translation>
        </message>
        <message>
            <source>Recorded — %1: %2</source>
            <translation>Enregistré — %1 : %2</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Deviation %1: continuation %2</source>
            <translation>Déviation %1 : poursuite %2</translation>
        </message>
        <message>
            <source>Deviation %1 (%2) raised by %3 on %4. A supervisor signs the continuation before the step can go on outside its limits.</source>
            <translation>Déviation %1 (%2) déclarée par %3 le %4. Un superviseur signe la poursuite avant que l'étape puisse continuer hors de ses limites.</translation>
        </message>
        <message>
            <source>Batch %1 · %2 (MBR %3 version %4)</source>
            <translation>Lot %1 · %2 (MBR %3 version %4)</translation>
        </message>
        <message>
            <source>Procedure: %1</source>
            <translation>Procédure : %1</translation>
        </message>
        <message>
            <source>%1 — signature "%2"</source>
            <translation>%1 — signature « %2 »</translation>
        </message>
        <message>
            <source>Recorded in %1:</source>
            <translation>Enregistré dans %1 :</translation>
        </message>
        <message>
            <source>  %1. %2: %3 — %4, %5</source>
            <translation>  %1. %2 : %3 — %4, %5</translation>
        </message>
        <message>
            <source>A second person signs with their own user ID and password: not the person who performed the work.</source>
            <translation>Une deuxième personne signe avec son propre identifiant et son mot de passe : pas celle qui a réalisé le travail.</translation>
        </message>
        <message>
            <source>Deviation %1 raised.</source>
            <translation>Déviation %1 déclarée.</translation>
        </message>
        <message>
            <source>Batch %1 · %2</source>
            <translation>Lot %1 · %2</translation>
        </message>
        <message>
            <source>Batch %1</source>
            <translation>Lot %1</translation>
        </message>
        <message>
            <source>Comment recorded.</source>
            <translation>Commentaire enregistré.</translation>
        </message>
        <message>
            <source>Resume the batch</source>
            <translation>Reprendre le lot</translation>
        </message>
        <message>
            <source>Batch %1 is on hold: %2. Releasing a hold is a decision about the batch, usually a supervisor's.</source>
            <translation>Le lot %1 est en attente : %2. Lever une mise en attente est une décision sur le lot, généralement celle d'un superviseur.</translation>
        </message>
        <message>
            <source>Resume batch</source>
            <translation>Reprendre le lot</translation>
        </message>
        <message>
            <source>User ID or password is wrong.</source>
            <translation>Identifiant ou mot de passe incorrect.</translation>
        </message>
        <message>
            <source>Put the batch on hold</source>
            <translation>Mettre le lot en attente</translation>
        </message>
        <message>
            <source>No step of batch %1 can be executed while it is on hold.</source>
            <translation>Aucune étape du lot %1 ne peut être exécutée tant qu'il est en attente.</translation>
        </message>
        <message>
            <source>Hold batch</source>
            <translation>Mettre en attente</translation>
        </message>
        <message>
            <source>Batch %1 resumed.</source>
            <translation>Lot %1 repris.</translation>
        </message>
        <message>
            <source>Batch %1 is on hold.</source>
            <translation>Le lot %1 est en attente.</translation>
        </message>
        <message>
            <source>Correction of %1 recorded; the old value stays in the record.</source>
            <translation>Correction de %1 enregistrée ; l'ancienne valeur reste dans le dossier.</translation>
        </message>
        <message>
            <source>A second person verifies the recorded value with their own user ID and password.</source>
            <translation>Une deuxième personne vérifie la valeur enregistrée avec son propre identifiant et son mot de passe.</translation>
        </message>
        <message>
            <source>Continuation after deviation %1</source>
            <translation>Poursuite après la déviation %1</translation>
        </message>
        <message>
            <source>Batch %1, step %2
Category: %3
What happened: %4
Immediate action: %5
Raised by %6 on %7</source>
            <translation>Lot %1, étape %2
Catégorie : %3
Ce qui s'est passé : %4
Action immédiate : %5
Déclarée par %6 le %7</translation>
        </message>
        <message>
            <source>Value that could not be recorded: %1</source>
            <translation>Valeur qui n'a pas pu être enregistrée : %1</translation>
        </message>
        <message>
            <source>A supervisor who did not raise the deviation signs the continuation.</source>
            <translation>Un superviseur qui n'a pas déclaré la déviation signe la poursuite.</translation>
        </message>
        <message>
            <source>Continuation signed: %1</source>
            <translation>Poursuite signée : %1</translation>
        </message>
        <message>
            <source>Raise a deviation…</source>
            <translation>Déclarer une déviation…</translation>
        </message>
        <message>
            <source>Sign the continuation…</source>
            <translation>Signer la poursuite…</translation>
        </message>
        <message>
            <source>Back to the batch list</source>
            <translation>Retour à la liste des lots</translation>
        </message>
        <message>
            <source>Show the record</source>
            <translation>Afficher le dossier</translation>
        </message>
        <message>
            <source>Record so far</source>
            <translation>Dossier jusqu'ici</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Déviation</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Attente</translation>
        </message>
        <message>
            <source>Batch list</source>
            <translation>Liste des lots</translation>
        </message>
        <message>
            <source>Parallel branches:</source>
            <translation>Branches parallèles :</translation>
        </message>
        <message>
            <source>Step %1: %2</source>
            <translation>Étape %1 : %2</translation>
        </message>
        <message>
            <source>All %1 steps done</source>
            <translation>Les %1 étapes sont réalisées</translation>
        </message>
        <message>
            <source>Step %1 of %2 · %3 done</source>
            <translation>Étape %1 sur %2 · %3 réalisées</translation>
        </message>
        <message>
            <source>Batch %1 running</source>
            <translation>Lot %1 en cours</translation>
        </message>
        <message>
            <source>Batch %1 ON HOLD: %2</source>
            <translation>Lot %1 EN ATTENTE : %2</translation>
        </message>
        <message>
            <source>Batch %1 finished</source>
            <translation>Lot %1 terminé</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Picture %1 is not available at this station.</source>
            <translation>L'image %1 n'est pas disponible sur ce poste.</translation>
        </message>
        <message>
            <source>Batch %1 is finished: every step is recorded.</source>
            <translation>Le lot %1 est terminé : toutes les étapes sont enregistrées.</translation>
        </message>
        <message>
            <source>Back to the step</source>
            <translation>Retour à l'étape</translation>
        </message>
        <message>
            <source>%1 %2 is outside the tolerance (%3).</source>
            <translation>%1 %2 est hors tolérance (%3).</translation>
        </message>
        <message>
            <source>%1 %2 is outside the action limits (%3): it needs an approved deviation.</source>
            <translation>%1 %2 est hors des limites d'action (%3) : une déviation approuvée est nécessaire.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::SupervisorDashboard</name>
        <message>
            <source>Connecting to the central database…</source>
            <translation>Connexion à la base centrale…</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>Clock offset</source>
            <translation>Décalage d'horloge</translation>
        </message>
        <message>
            <source>Reported ahead</source>
            <translation>Signalé en avance</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <source>MBR</source>
            <translation>MBR</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Étape en cours</translation>
        </message>
        <message>
            <source>Deviations</source>
            <translation>Déviations</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Exception</source>
            <translation>Exception</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>MVA alarms</source>
            <translation>Alarmes MVA</translation>
        </message>
        <message>
            <source>Priority events</source>
            <translation>Événements prioritaires</translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation>Heure (UTC)</translation>
        </message>
        <message>
            <source>Supervisor dashboard — all stations</source>
            <translation>Tableau de bord superviseur — tous les postes</translation>
        </message>
        <message>
            <source>Instrument trend</source>
            <translation>Tendance d'instrument</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Postes</translation>
        </message>
        <message>
            <source>Batches in progress</source>
            <translation>Lots en cours</translation>
        </message>
        <message>
            <source>Recent exceptions</source>
            <translation>Exceptions récentes</translation>
        </message>
        <message>
            <source>Alarms and priority events</source>
            <translation>Alarmes et événements prioritaires</translation>
        </message>
        <message>
            <source>The central database refused a query: %1</source>
            <translation>La base centrale a refusé une requête : %1</translation>
        </message>
        <message>
            <source>Central database unreachable — showing the last data received. %1</source>
            <translation>Base centrale injoignable — affichage des dernières données reçues. %1</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <source>Live — updated %1 UTC (times below: UTC)</source>
            <translation>En direct — mis à jour %1 UTC (heures ci-dessous : UTC)</translation>
        </message>
        <message>
            <source>MVA alarms (%1)</source>
            <translation>Alarmes MVA (%1)</translation>
        </message>
        <message>
            <source>Priority events (%1)</source>
            <translation>Événements prioritaires (%1)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 not yet in order</source>
            <translation>%1 pas encore dans l'ordre</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>non démarré</translation>
        </message>
        <message>
            <source>%1 (running)</source>
            <translation>%1 (en cours)</translation>
        </message>
        <message>
            <source>%1 (completed)</source>
            <translation>%1 (terminé)</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n ouverte</numerusform>
                <numerusform>%n ouvertes</numerusform>
            </translation>
        </message>
        <message>
            <source>in the record (seq %1)</source>
            <translation>dans le dossier (n° %1)</translation>
        </message>
        <message>
            <source>reported ahead (seq %1)</source>
            <translation>signalé en avance (n° %1)</translation>
        </message>
        <message>
            <source>No instrument values recorded yet</source>
            <translation>Aucune valeur d'instrument enregistrée pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::SyncStatusLabel</name>
        <message>
            <source>Central database: connecting…</source>
            <translation>Base centrale : connexion…</translation>
        </message>
        <message>
            <source>never synchronised</source>
            <translation>jamais synchronisé</translation>
        </message>
        <message>
            <source>last sync %1 UTC</source>
            <translation>dernière synchro %1 UTC</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) waiting</source>
            <translation>
                <numerusform>%n événement en attente</numerusform>
                <numerusform>%n événements en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Central database online · %1 · %2</source>
            <translation>Base centrale en ligne · %1 · %2</translation>
        </message>
        <message>
            <source>Central database unreachable · %1 · %2</source>
            <translation>Base centrale injoignable · %1 · %2</translation>
        </message>
        <message>
            <source>clock off by %1 ms</source>
            <translation>horloge décalée de %1 ms</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::TextInput</name>
        <message>
            <source>Your entry:</source>
            <translation>Votre saisie :</translation>
        </message>
        <message>
            <source>%1 of at most %2 characters</source>
            <translation>%1 sur %2 caractères au plus</translation>
        </message>
        <message>
            <source>Confirm text</source>
            <translation>Confirmer le texte</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::TimerInput</name>
        <message>
            <source>Time elapsed</source>
            <translation>Temps écoulé</translation>
        </message>
        <message>
            <source>Start timer</source>
            <translation>Démarrer la minuterie</translation>
        </message>
        <message>
            <source>Complete timer</source>
            <translation>Terminer la minuterie</translation>
        </message>
        <message>
            <source>Runs at least %1 and at most %2. Start it when the work begins.</source>
            <translation>Dure au moins %1 et au plus %2. Démarrez-la au début du travail.</translation>
        </message>
        <message>
            <source>Minimum %1: %2 to go</source>
            <translation>Minimum %1 : encore %2</translation>
        </message>
        <message>
            <source>Minimum %1 reached</source>
            <translation>Minimum %1 atteint</translation>
        </message>
        <message>
            <source>Maximum %1: %2 left</source>
            <translation>Maximum %1 : reste %2</translation>
        </message>
        <message>
            <source>Maximum %1 exceeded by %2: recorded as an overrun</source>
            <translation>Maximum %1 dépassé de %2 : enregistré comme dépassement</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::TouchDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
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
            <translation>Fenêtre de temps :</translation>
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
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Plus tôt</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>No instrument is connected to this station: there is nothing to trend.</source>
            <translation>Aucun instrument n'est connecté à ce poste : il n'y a pas de tendance à afficher.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Live: %1 to now (%2)</source>
            <translation>En direct : de %1 à maintenant (%2)</translation>
        </message>
        <message>
            <source>Paused: %1 to %2</source>
            <translation>En pause : de %1 à %2</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Direct</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::UsersModel</name>
        <message>
            <source>Disabled</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Locked after failed sign-ins</source>
            <translation>Verrouillé après des échecs de connexion</translation>
        </message>
        <message>
            <source>Active, must change password</source>
            <translation>Actif, doit changer de mot de passe</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>User ID</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rôles</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Password changed (UTC)</source>
            <translation>Mot de passe changé (UTC)</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::UsersView</name>
        <message>
            <source>User accounts of this station (read-only).</source>
            <translation>Comptes utilisateurs de ce poste (lecture seule).</translation>
        </message>
        <message>
            <source>User accounts: %1</source>
            <translation>Comptes utilisateurs : %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::WeighInput</name>
        <message>
            <source>%1 %2 — target %3 %4, tolerance %5 to %6 %4</source>
            <translation>%1 %2 — cible %3 %4, tolérance %5 à %6 %4</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::WeighPanel</name>
        <message>
            <source>Tare</source>
            <translation>Tarer</translation>
        </message>
        <message>
            <source>Zero</source>
            <translation>Zéro</translation>
        </message>
        <message>
            <source>Capture weight</source>
            <translation>Enregistrer le poids</translation>
        </message>
        <message>
            <source>No balance of class %1 is connected to this station.</source>
            <translation>Aucune balance de la classe %1 n'est connectée à ce poste.</translation>
        </message>
        <message>
            <source>No balance of class %1 is connected. The weight cannot be captured; ask for the balance to be connected, or raise a deviation.</source>
            <translation>Aucune balance de la classe %1 n'est connectée. Le poids ne peut pas être enregistré ; faites connecter la balance ou déclarez une déviation.</translation>
        </message>
        <message>
            <source>%1 · %2 · serial %3</source>
            <translation>%1 · %2 · n° de série %3</translation>
        </message>
        <message>
            <source>not on file</source>
            <translation>non enregistré</translation>
        </message>
        <message>
            <source>Calibration status unknown: no instrument master entry</source>
            <translation>État d'étalonnage inconnu : aucune fiche dans le fichier des instruments</translation>
        </message>
        <message>
            <source>Calibrated, due %1</source>
            <translation>Étalonné, échéance le %1</translation>
        </message>
        <message>
            <source>Calibration overdue since %1</source>
            <translation>Étalonnage échu depuis le %1</translation>
        </message>
        <message>
            <source>The balance did not tare: %1</source>
            <translation>La balance n'a pas taré : %1</translation>
        </message>
        <message>
            <source>The balance did not zero: %1</source>
            <translation>La balance n'a pas fait le zéro : %1</translation>
        </message>
        <message>
            <source>Demo: the pan of the simulated balance</source>
            <translation>Démo : le plateau de la balance simulée</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>+1 %</source>
            <translation>+1 %</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Vider</translation>
        </message>
        <message>
            <source>Balance %1 was refused: it is not the instrument on file (%2).</source>
            <translation>La balance %1 a été refusée : ce n'est pas l'instrument enregistré (%2).</translation>
        </message>
        <message>
            <source>Balance %1 is connecting…</source>
            <translation>La balance %1 se connecte…</translation>
        </message>
        <message>
            <source>Balance %1 is disconnected (%2). Reconnecting…</source>
            <translation>La balance %1 est déconnectée (%2). Reconnexion…</translation>
        </message>
        <message>
            <source>Waiting for the first reading of balance %1…</source>
            <translation>En attente de la première mesure de la balance %1…</translation>
        </message>
        <message>
            <source>No reading from balance %1 for %2 s: the balance does not answer (timeout).</source>
            <translation>Aucune mesure de la balance %1 depuis %2 s : la balance ne répond pas (délai dépassé).</translation>
        </message>
        <message>
            <source>No weight</source>
            <translation>Pas de poids</translation>
        </message>
        <message>
            <source>No reading</source>
            <translation>Pas de mesure</translation>
        </message>
        <message>
            <source>Stable</source>
            <translation>Stable</translation>
        </message>
        <message>
            <source>Moving</source>
            <translation>En mouvement</translation>
        </message>
        <message>
            <source>Outside the action limits</source>
            <translation>Hors des limites d'action</translation>
        </message>
        <message>
            <source>Outside the alert limits</source>
            <translation>Hors des limites d'alerte</translation>
        </message>
        <message>
            <source>Within limits</source>
            <translation>Dans les limites</translation>
        </message>
        <message>
            <source>Below tolerance: add %1 %2 to reach the target</source>
            <translation>Sous la tolérance : ajoutez %1 %2 pour atteindre la cible</translation>
        </message>
        <message>
            <source>Above tolerance: remove %1 %2</source>
            <translation>Au-dessus de la tolérance : retirez %1 %2</translation>
        </message>
        <message>
            <source>Within tolerance</source>
            <translation>Dans la tolérance</translation>
        </message>
        <message>
            <source>No reading to capture.</source>
            <translation>Aucune mesure à enregistrer.</translation>
        </message>
        <message>
            <source>The engine will accept this reading.</source>
            <translation>Le système acceptera cette mesure.</translation>
        </message>
        <message>
            <source>Cannot capture: %1</source>
            <translation>Enregistrement impossible : %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::ContributionChart</name>
        <message>
            <source>contribution</source>
            <translation>contribution</translation>
        </message>
        <message>
            <source>Contributions: click a point in any chart</source>
            <translation>Contributions : touchez un point dans n'importe quel graphique</translation>
        </message>
        <message>
            <source> ▲ high</source>
            <translation> ▲ haut</translation>
        </message>
        <message>
            <source> ▼ low</source>
            <translation> ▼ bas</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::ControlChart</name>
        <message>
            <source>95 % limit</source>
            <translation>limite à 95 %</translation>
        </message>
        <message>
            <source>99 % limit</source>
            <translation>limite à 99 %</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>alarme</translation>
        </message>
        <message>
            <source>maturity</source>
            <translation>maturité</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::MvaBatchPanel</name>
        <message>
            <source>Hotelling T²</source>
            <translation>T² de Hotelling</translation>
        </message>
        <message>
            <source>T²</source>
            <translation>T²</translation>
        </message>
        <message>
            <source>SPE (residual)</source>
            <translation>SPE (résidu)</translation>
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
            <translation>Trajectoire du score</translation>
        </message>
        <message>
            <source>t1</source>
            <translation>t1</translation>
        </message>
        <message>
            <source>moisture</source>
            <translation>humidité</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Contributions to</source>
            <translation>Contributions à</translation>
        </message>
        <message>
            <source>&lt;span style='color:#1f4e8c'&gt;━━&lt;/span&gt; this batch &amp;nbsp;&amp;nbsp; &lt;span style='color:#b07f00'&gt;╍╍&lt;/span&gt; 95 % limit &amp;nbsp;&amp;nbsp; &lt;span style='color:#c62828'&gt;╍╍&lt;/span&gt; 99 % limit / ellipse &amp;nbsp;&amp;nbsp; &lt;span style='color:#c62828'&gt;■&lt;/span&gt; alarm: beyond the 99 % limit or ± 3 SD &amp;nbsp;&amp;nbsp; &lt;span style='color:#8d9399'&gt;▒&lt;/span&gt; average batch ± 3 SD &amp;nbsp;&amp;nbsp; ◯ selected point (click any point)</source>
            <translation>&lt;span style='color:#1f4e8c'&gt;━━&lt;/span&gt; ce lot &amp;nbsp;&amp;nbsp; &lt;span style='color:#b07f00'&gt;╍╍&lt;/span&gt; limite à 95 % &amp;nbsp;&amp;nbsp; &lt;span style='color:#c62828'&gt;╍╍&lt;/span&gt; limite à 99 % / ellipse &amp;nbsp;&amp;nbsp; &lt;span style='color:#c62828'&gt;■&lt;/span&gt; alarme : au-delà de la limite à 99 % ou de ± 3 ET &amp;nbsp;&amp;nbsp; &lt;span style='color:#8d9399'&gt;▒&lt;/span&gt; lot moyen ± 3 ET &amp;nbsp;&amp;nbsp; ◯ point sélectionné (touchez un point)</translation>
        </message>
        <message>
            <source>Score t%1 trajectory</source>
            <translation>Trajectoire du score t%1</translation>
        </message>
        <message>
            <source>99 % ellipse</source>
            <translation>ellipse à 99 %</translation>
        </message>
        <message>
            <source>t%1</source>
            <translation>t%1</translation>
        </message>
        <message>
            <source>Soft sensor: predicted vs observed %1</source>
            <translation>Capteur logiciel : prédit contre observé %1</translation>
        </message>
        <message>
            <source>the distance from the average batch</source>
            <translation>l'écart au lot moyen</translation>
        </message>
        <message>
            <source>Contributions to %1 at %2 %3</source>
            <translation>Contributions à %1 à %2 %3</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::MvaChartView</name>
        <message>
            <source>selected</source>
            <translation>sélectionné</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::MvaMonitorView</name>
        <message>
            <source>ACTIVE — not acknowledged</source>
            <translation>ACTIVE — non acquittée</translation>
        </message>
        <message>
            <source>active — acknowledged</source>
            <translation>active — acquittée</translation>
        </message>
        <message>
            <source>cleared — not acknowledged</source>
            <translation>levée — non acquittée</translation>
        </message>
        <message>
            <source>cleared — acknowledged</source>
            <translation>levée — acquittée</translation>
        </message>
        <message>
            <source>No fault</source>
            <translation>Aucun défaut</translation>
        </message>
        <message>
            <source>Nozzle clogging from minute 15</source>
            <translation>Colmatage de la buse dès la minute 15</translation>
        </message>
        <message>
            <source>Inlet temperature drift from minute 15</source>
            <translation>Dérive de la température d'entrée dès la minute 15</translation>
        </message>
        <message>
            <source>Product temperature sensor freeze at minute 45</source>
            <translation>Capteur de température produit figé à la minute 45</translation>
        </message>
        <message>
            <source>Simulate batch</source>
            <translation>Simuler un lot</translation>
        </message>
        <message>
            <source>Acknowledge alarm</source>
            <translation>Acquitter l'alarme</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Raised (UTC)</source>
            <translation>Déclenchée (UTC)</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Alarme</translation>
        </message>
        <message>
            <source>Acknowledged by</source>
            <translation>Acquittée par</translation>
        </message>
        <message>
            <source>MVA monitor</source>
            <translation>Surveillance MVA</translation>
        </message>
        <message>
            <source>No approved batch evolution model '%1'.</source>
            <translation>Aucun modèle d'évolution de lot approuvé '%1'.</translation>
        </message>
        <message>
            <source>Model %1 v%2, approved by %3 at %4 UTC%5</source>
            <translation>Modèle %1 v%2, approuvé par %3 à %4 UTC%5</translation>
        </message>
        <message>
            <source>; soft sensor %1 v%2</source>
            <translation> ; capteur logiciel %1 v%2</translation>
        </message>
        <message>
            <source>Ready: start a batch to monitor it.</source>
            <translation>Prêt : démarrez un lot pour le surveiller.</translation>
        </message>
        <message>
            <source>Monitoring simulated batch %1.</source>
            <translation>Surveillance du lot simulé %1.</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message numerus="yes">
            <source>%n MVA alarm(s) active on batch %1: %2</source>
            <translation>
                <numerusform>%n alarme MVA active sur le lot %1 : %2</numerusform>
                <numerusform>%n alarmes MVA actives sur le lot %1 : %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Select an alarm to acknowledge.</source>
            <translation>Sélectionnez une alarme à acquitter.</translation>
        </message>
        <message>
            <source>Alarm acknowledged by %1.</source>
            <translation>Alarme acquittée par %1.</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::PredictedObservedChart</name>
        <message>
            <source>Soft sensor: predicted vs observed %1</source>
            <translation>Capteur logiciel : prédit contre observé %1</translation>
        </message>
        <message>
            <source>y = x</source>
            <translation>y = x</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>fiable</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>non fiable</translation>
        </message>
        <message>
            <source>observed %1</source>
            <translation>observé %1</translation>
        </message>
        <message>
            <source>predicted %1</source>
            <translation>prédit %1</translation>
        </message>
    </context>
    <context>
        <name>batch::ui::mva::ScoreScatterChart</name>
        <message>
            <source>Score plot</source>
            <translation>Graphique des scores</translation>
        </message>
        <message>
            <source>mean batch</source>
            <translation>lot moyen</translation>
        </message>
        <message>
            <source>99 % ellipse</source>
            <translation>ellipse à 99 %</translation>
        </message>
        <message>
            <source>batch</source>
            <translation>lot</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>alarme</translation>
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
            <translation>±3 ET</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <source>batch</source>
            <translation>lot</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>alarme</translation>
        </message>
        <message>
            <source>maturity</source>
            <translation>maturité</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>BatchStation</source>
            <translation>BatchStation</translation>
        </message>
        <message>
            <source>The action could not be completed:
%1</source>
            <translation>L'action n'a pas pu être terminée :
%1</translation>
        </message>
        <message>
            <source>The station database cannot be opened:
%1</source>
            <translation>La base de données du poste ne peut pas être ouverte :
%1</translation>
        </message>
        <message>
            <source>Demo mode — users %1, password %2</source>
            <translation>Mode démo — utilisateurs %1, mot de passe %2</translation>
        </message>
        <message>
            <source>Use either --db or --demo.</source>
            <translation>Utilisez soit --db, soit --demo.</translation>
        </message>
        <message>
            <source>--db needs --key-file.</source>
            <translation>--db nécessite --key-file.</translation>
        </message>
        <message>
            <source>Setting up the demo station (first start only)…</source>
            <translation>Préparation du poste de démonstration (au premier démarrage uniquement)…</translation>
        </message>
    </context>
</TS>
