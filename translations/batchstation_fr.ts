<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchComments</name>
    <message>
        <source>User %1 (roles: %2) may not comment on batch records.</source>
        <translation>L&apos;utilisateur %1 (rôles : %2) ne peut pas commenter les dossiers de lot.</translation>
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
        <translation>la valeur de l&apos;étape %1 manque.</translation>
    </message>
    <message>
        <source>the formula has no finite result (%1).</source>
        <translation>la formule n&apos;a pas de résultat fini (%1).</translation>
    </message>
    <message>
        <source>the formula failed: %1</source>
        <translation>la formule a échoué : %1</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Une justification est requise.</translation>
    </message>
    <message>
        <source>Unknown signer %1.</source>
        <translation>Signataire inconnu %1.</translation>
    </message>
    <message>
        <source>Step %1 is not completed yet; there is nothing to sign.</source>
        <translation>L&apos;étape %1 n&apos;est pas encore terminée ; il n&apos;y a rien à signer.</translation>
    </message>
    <message>
        <source>Step %1 needs a &quot;%2&quot; signature, not &quot;%3&quot;.</source>
        <translation>L&apos;étape %1 demande une signature « %2 », pas « %3 ».</translation>
    </message>
    <message>
        <source>Step %1 must be signed by: %2; %3 has the roles %4.</source>
        <translation>L&apos;étape %1 doit être signée par : %2 ; %3 a les rôles %4.</translation>
    </message>
    <message>
        <source>Step %1 must be signed by a second person, not by %2 who performed the work.</source>
        <translation>L&apos;étape %1 doit être signée par une seconde personne, pas par %2 qui a effectué le travail.</translation>
    </message>
    <message>
        <source>Step %1 is already signed.</source>
        <translation>L&apos;étape %1 est déjà signée.</translation>
    </message>
    <message>
        <source>Batch %1 is finished.</source>
        <translation>Le lot %1 est terminé.</translation>
    </message>
    <message>
        <source>Step %1 is already completed; a deviation is raised before it completes.</source>
        <translation>L&apos;étape %1 est déjà terminée ; une déviation se déclare avant que l&apos;étape soit terminée.</translation>
    </message>
    <message>
        <source>A deviation needs a category, a description and the immediate action taken.</source>
        <translation>Une déviation demande une catégorie, une description et l&apos;action immédiate prise.</translation>
    </message>
    <message>
        <source>deviation %1</source>
        <translation>déviation %1</translation>
    </message>
    <message>
        <source>Batch %1 has no deviation %2.</source>
        <translation>Le lot %1 n&apos;a pas de déviation %2.</translation>
    </message>
    <message>
        <source>The continuation of %1 is already signed.</source>
        <translation>La poursuite de %1 est déjà signée.</translation>
    </message>
    <message>
        <source>The continuation after a deviation is signed by a supervisor (handle_deviations); %1 may not.</source>
        <translation>La poursuite après une déviation est signée par un superviseur (handle_deviations) ; %1 n&apos;en a pas le droit.</translation>
    </message>
    <message>
        <source>Step %1 is not completed; there is nothing to correct.</source>
        <translation>L&apos;étape %1 n&apos;est pas terminée ; il n&apos;y a rien à corriger.</translation>
    </message>
    <message>
        <source>Step %1 (%2) cannot be corrected by entering a value; raise a deviation.</source>
        <translation>L&apos;étape %1 (%2) ne se corrige pas par la saisie d&apos;une valeur ; déclarez une déviation.</translation>
    </message>
    <message>
        <source>Step %1 already has the value %2.</source>
        <translation>L&apos;étape %1 a déjà la valeur %2.</translation>
    </message>
    <message>
        <source>Step %1: the corrected equipment %2 would need an override; record its cleaning first.</source>
        <translation>Étape %1 : l&apos;équipement corrigé %2 demanderait une dérogation ; enregistrez d&apos;abord son nettoyage.</translation>
    </message>
    <message>
        <source>Step %1: corrected value %2 %3 is outside the limits (%4).</source>
        <translation>Étape %1 : la valeur corrigée %2 %3 est hors des limites (%4).</translation>
    </message>
    <message>
        <source>Step %1 corrected from %2 to %3.</source>
        <translation>Étape %1 corrigée de %2 à %3.</translation>
    </message>
    <message>
        <source>Step %1 is signed by %2 (%3); a correction needs that role or higher.</source>
        <translation>L&apos;étape %1 est signée par %2 (%3) ; une correction demande ce rôle ou un rôle supérieur.</translation>
    </message>
    <message>
        <source>equipment check %1 corrected to %2</source>
        <translation>contrôle d&apos;équipement %1 corrigé en %2</translation>
    </message>
    <message>
        <source>Step %1 recomputed from %2 to %3 after the correction of %4.</source>
        <translation>Étape %1 recalculée de %2 à %3 après la correction de %4.</translation>
    </message>
    <message>
        <source>recomputed: input %1 corrected to %2 (correction %3/%4: %5)</source>
        <translation>recalculé : entrée %1 corrigée en %2 (correction %3/%4 : %5)</translation>
    </message>
    <message>
        <source>Step %1: recomputed value %2 %3 is outside the %4 limits (%5).</source>
        <translation>Étape %1 : la valeur recalculée %2 %3 est hors des limites %4 (%5).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>d&apos;action</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>d&apos;alerte</translation>
    </message>
    <message>
        <source>Batch %1 is not on hold.</source>
        <translation>Le lot %1 n&apos;est pas en attente.</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>Il n&apos;y a pas de lot %1.</translation>
    </message>
    <message>
        <source>MBR %1 version %2 no longer matches the content hash bound to batch %3.</source>
        <translation>Le MBR %1 version %2 ne correspond plus à l&apos;empreinte de contenu liée au lot %3.</translation>
    </message>
    <message>
        <source>Batch %1 is on hold (%2); resume it first.</source>
        <translation>Le lot %1 est en attente (%2) ; reprenez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Batch %1 was dispositioned (%2) by %3 at %4; its record is closed.</source>
        <translation>Le lot %1 a fait l&apos;objet d&apos;une décision (%2) par %3 le %4 ; son dossier est clos.</translation>
    </message>
    <message>
        <source>User %1 (roles: %2) may not do this (needs %3).</source>
        <translation>L&apos;utilisateur %1 (rôles : %2) n&apos;a pas le droit de le faire (il faut %3).</translation>
    </message>
    <message>
        <source>MBR %1 has no step %2.</source>
        <translation>Le MBR %1 n&apos;a pas d&apos;étape %2.</translation>
    </message>
    <message>
        <source>Step %1 is already completed; use a correction to change its value.</source>
        <translation>L&apos;étape %1 est déjà terminée ; utilisez une correction pour changer sa valeur.</translation>
    </message>
    <message>
        <source>The station clock (%1) is behind the newest event of batch %2 (%3).</source>
        <translation>L&apos;horloge de la station (%1) est en retard sur le dernier événement du lot %2 (%3).</translation>
    </message>
    <message>
        <source>batch %1 finished</source>
        <translation>lot %1 terminé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid batch id (letters, digits, . _ -; at most 64).</source>
        <translation>« %1 » n&apos;est pas un numéro de lot valide (lettres, chiffres, . _ - ; 64 au plus).</translation>
    </message>
    <message>
        <source>Batch id %1 is already used.</source>
        <translation>Le numéro de lot %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>The batch size must be a positive decimal number, not &quot;%1&quot;.</source>
        <translation>La taille du lot doit être un nombre décimal positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>Step %1 is not a timer; only timers are started.</source>
        <translation>L&apos;étape %1 n&apos;est pas une minuterie ; seules les minuteries se démarrent.</translation>
    </message>
    <message>
        <source>Timer %1 is already running.</source>
        <translation>La minuterie %1 tourne déjà.</translation>
    </message>
    <message>
        <source>Step %1 is a signature step: sign it (with the password).</source>
        <translation>L&apos;étape %1 est une étape de signature : signez-la (avec le mot de passe).</translation>
    </message>
    <message>
        <source>Step %1 is calculated by the station; no value is entered.</source>
        <translation>L&apos;étape %1 est calculée par la station ; aucune valeur n&apos;est saisie.</translation>
    </message>
    <message>
        <source>Timer %1 has not been started.</source>
        <translation>La minuterie %1 n&apos;a pas été démarrée.</translation>
    </message>
    <message>
        <source>Timer %1 runs for at least %2 s; %3 s have passed.</source>
        <translation>La minuterie %1 dure au moins %2 s ; %3 s se sont écoulées.</translation>
    </message>
    <message>
        <source>Step %1: %2 %3 is outside the %4 limits (%5).</source>
        <translation>Étape %1 : %2 %3 est hors des limites %4 (%5).</translation>
    </message>
    <message>
        <source>Step %1 expects an instrument value; it was entered by hand.</source>
        <translation>L&apos;étape %1 attend une valeur d&apos;instrument ; elle a été saisie à la main.</translation>
    </message>
    <message>
        <source>Step %1 expects an instrument value; it was entered by hand under override %2.</source>
        <translation>L&apos;étape %1 attend une valeur d&apos;instrument ; elle a été saisie à la main sous la dérogation %2.</translation>
    </message>
    <message>
        <source>Timer %1 ran %2 s, longer than its maximum of %3 s.</source>
        <translation>La minuterie %1 a duré %2 s, plus que son maximum de %3 s.</translation>
    </message>
    <message>
        <source>User %1 may not change site settings (needs %2).</source>
        <translation>L&apos;utilisateur %1 n&apos;a pas le droit de modifier les paramètres du site (il faut %2).</translation>
    </message>
    <message>
        <source>A reason is required for this change.</source>
        <translation>Une justification est requise pour cette modification.</translation>
    </message>
    <message>
        <source>The entry window must be 0 to %1 seconds.</source>
        <translation>La fenêtre de saisie doit être de 0 à %1 secondes.</translation>
    </message>
    <message>
        <source>The MBR allows a supervisor&apos;s override for this step.</source>
        <translation>Le MBR permet une dérogation par un superviseur pour cette étape.</translation>
    </message>
    <message>
        <source>Step %1 must be captured from the instrument; it cannot be entered by hand.</source>
        <translation>L&apos;étape %1 doit être relevée sur l&apos;instrument ; elle ne peut pas être saisie à la main.</translation>
    </message>
    <message>
        <source>Step %1 expects an instrument value; entering it by hand needs a supervisor&apos;s override.</source>
        <translation>L&apos;étape %1 attend une valeur d&apos;instrument ; la saisie à la main demande une dérogation d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>Raise a deviation before the step can complete.</source>
        <translation>Déclarez une déviation avant que l&apos;étape puisse être terminée.</translation>
    </message>
    <message>
        <source>Deviation %1 is raised; a supervisor must sign the continuation before the step can complete.</source>
        <translation>La déviation %1 est déclarée ; un superviseur doit signer la poursuite avant que l&apos;étape puisse être terminée.</translation>
    </message>
    <message>
        <source>Raise a deviation and have a supervisor sign the continuation before the step can complete.</source>
        <translation>Déclarez une déviation et faites signer la poursuite par un superviseur avant que l&apos;étape puisse être terminée.</translation>
    </message>
    <message>
        <source>Step %1 was entered %2 s after it became current (%3), later than its entry window of %4 s.</source>
        <translation>L&apos;étape %1 a été saisie %2 s après être devenue l&apos;étape en cours (%3), plus tard que sa fenêtre de saisie de %4 s.</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>Le champ %1 est requis.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Le champ %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Step %1 does not allow a manual-entry override (the MBR needs an instrument step with manualEntry &quot;override&quot;).</source>
        <translation>L&apos;étape %1 ne permet pas de dérogation à la saisie manuelle (le MBR doit avoir une étape d&apos;instrument avec manualEntry « override »).</translation>
    </message>
    <message>
        <source>Step %1 does not allow a cleaning override (the MBR needs an equipment check with cleaningOverride).</source>
        <translation>L&apos;étape %1 ne permet pas de dérogation au nettoyage (le MBR doit avoir un contrôle d&apos;équipement avec cleaningOverride).</translation>
    </message>
    <message>
        <source>reason of the override</source>
        <translation>justification de la dérogation</translation>
    </message>
    <message>
        <source>An override is signed by a supervisor (handle_deviations); %1 may not.</source>
        <translation>Une dérogation est signée par un superviseur (handle_deviations) ; %1 n&apos;en a pas le droit.</translation>
    </message>
    <message>
        <source>An override must be signed by a second person, not by %1 who asks for it.</source>
        <translation>Une dérogation doit être signée par une seconde personne, pas par %1 qui la demande.</translation>
    </message>
    <message>
        <source>Step %1 already has the approved override %2.</source>
        <translation>L&apos;étape %1 a déjà la dérogation approuvée %2.</translation>
    </message>
    <message>
        <source>Override %1 (%2) on step %3: %4</source>
        <translation>Dérogation %1 (%2) sur l&apos;étape %3 : %4</translation>
    </message>
    <message>
        <source>Deviation %1 is already closed.</source>
        <translation>La déviation %1 est déjà clôturée.</translation>
    </message>
    <message>
        <source>A deviation is closed by a holder of handle_deviations (supervisor or QA); %1 may not.</source>
        <translation>Une déviation est clôturée par un titulaire de handle_deviations (superviseur ou AQ) ; %1 n&apos;en a pas le droit.</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>cause racine</translation>
    </message>
    <message>
        <source>CAPA reference</source>
        <translation>référence CAPA</translation>
    </message>
    <message>
        <source>Deviation %1 was raised by %2, who may not also close it.</source>
        <translation>La déviation %1 a été déclarée par %2, qui ne peut pas aussi la clôturer.</translation>
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
        <source>&quot;%1&quot; is not a decimal number.</source>
        <translation>« %1 » n&apos;est pas un nombre décimal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimal places.</source>
        <translation>« %1 » a plus de %2 décimales.</translation>
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
        <translation>cette étape ne prend pas de valeur (acquittement seulement).</translation>
    </message>
    <message>
        <source>every item of the checklist must be ticked (value &quot;all&quot;).</source>
        <translation>chaque point de la liste de contrôle doit être coché (valeur « all »).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the options: %2.</source>
        <translation>« %1 » n&apos;est pas une des options : %2.</translation>
    </message>
    <message>
        <source>a text is required.</source>
        <translation>un texte est requis.</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed.</source>
        <translation>le texte a %1 caractères ; %2 au plus sont permis.</translation>
    </message>
    <message>
        <source>the scanned lot id</source>
        <translation>le numéro de lot scanné</translation>
    </message>
    <message>
        <source>the scanned equipment id</source>
        <translation>le numéro d&apos;équipement scanné</translation>
    </message>
    <message>
        <source>the sample label id</source>
        <translation>le numéro de l&apos;étiquette d&apos;échantillon</translation>
    </message>
    <message>
        <source>the sample label must start with %1.</source>
        <translation>l&apos;étiquette d&apos;échantillon doit commencer par %1.</translation>
    </message>
    <message>
        <source>this step is not completed with an entered value.</source>
        <translation>cette étape ne se termine pas par une valeur saisie.</translation>
    </message>
    <message>
        <source>Step %1: this is not an instrument reading.</source>
        <translation>Étape %1 : ce n&apos;est pas une lecture d&apos;instrument.</translation>
    </message>
    <message>
        <source>Step %1: %2 %3 is outside the action limits (%4).</source>
        <translation>Étape %1 : %2 %3 est hors des limites d&apos;action (%4).</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>There is no equipment %1.</source>
        <translation>Il n&apos;y a pas d&apos;équipement %1.</translation>
    </message>
    <message>
        <source>equipment id</source>
        <translation>numéro d&apos;équipement</translation>
    </message>
    <message>
        <source>equipment class</source>
        <translation>classe d&apos;équipement</translation>
    </message>
    <message>
        <source>equipment name</source>
        <translation>nom de l&apos;équipement</translation>
    </message>
    <message>
        <source>The clean hold time must be 1 to %1 hours, not %2.</source>
        <translation>Le délai de validité du nettoyage doit être de 1 à %1 heures, pas %2.</translation>
    </message>
    <message>
        <source>Equipment %1 already exists.</source>
        <translation>L&apos;équipement %1 existe déjà.</translation>
    </message>
    <message>
        <source>Equipment %1 is in use by batch %2; it is cleaned after the batch released it.</source>
        <translation>L&apos;équipement %1 est utilisé par le lot %2 ; il est nettoyé après que le lot l&apos;a libéré.</translation>
    </message>
    <message>
        <source>Equipment %1 is already dirty.</source>
        <translation>L&apos;équipement %1 est déjà sale.</translation>
    </message>
    <message>
        <source>calibration due date</source>
        <translation>date d&apos;échéance de l&apos;étalonnage</translation>
    </message>
    <message>
        <source>A calibration valid until %1 has already expired (today is %2).</source>
        <translation>Un étalonnage valable jusqu&apos;au %1 a déjà expiré (nous sommes le %2).</translation>
    </message>
    <message>
        <source>Equipment %1 is not in use.</source>
        <translation>L&apos;équipement %1 n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>Equipment %1 is of class %2, not the expected %3.</source>
        <translation>L&apos;équipement %1 est de classe %2, pas de la classe attendue %3.</translation>
    </message>
    <message>
        <source>Equipment %1 is in use by batch %2.</source>
        <translation>L&apos;équipement %1 est utilisé par le lot %2.</translation>
    </message>
    <message>
        <source>Equipment %1 is dirty; record its cleaning first.</source>
        <translation>L&apos;équipement %1 est sale ; enregistrez d&apos;abord son nettoyage.</translation>
    </message>
    <message>
        <source>Equipment %1 has no calibration on record.</source>
        <translation>Aucun étalonnage n&apos;est enregistré pour l&apos;équipement %1.</translation>
    </message>
    <message>
        <source>The calibration of equipment %1 expired on %2.</source>
        <translation>L&apos;étalonnage de l&apos;équipement %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>The cleaning of equipment %1 expired at %2 (clean hold time %3 h).</source>
        <translation>Le nettoyage de l&apos;équipement %1 a expiré à %2 (délai de validité %3 h).</translation>
    </message>
    <message>
        <source>checked on step %1 of batch %2</source>
        <translation>contrôlé à l&apos;étape %1 du lot %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 (letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit; at most 64 characters).</source>
        <translation>« %1 » n&apos;est pas un %2 valide (lettres, chiffres, « . », « _ » ou « - », commençant par une lettre ou un chiffre ; 64 caractères au plus).</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>Le champ %1 est requis.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Le champ %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>A reason is required for every change of master data.</source>
        <translation>Toute modification des données de base demande une justification.</translation>
    </message>
    <message>
        <source>The reason is longer than 1000 characters.</source>
        <translation>La justification dépasse 1000 caractères.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Le champ %1 « %2 » n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>User %1 (roles: %2) may not do this (needs %3).</source>
        <translation>L&apos;utilisateur %1 (rôles : %2) n&apos;a pas le droit de le faire (il faut %3).</translation>
    </message>
    <message>
        <source>material code</source>
        <translation>code article</translation>
    </message>
    <message>
        <source>material name</source>
        <translation>nom de l&apos;article</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>Material %1 already exists.</source>
        <translation>L&apos;article %1 existe déjà.</translation>
    </message>
    <message>
        <source>lot id</source>
        <translation>numéro de lot</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>The supplier&apos;s lot number is longer than 64 characters.</source>
        <translation>Le numéro de lot du fournisseur dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>date de péremption</translation>
    </message>
    <message>
        <source>There is no material %1; add it first.</source>
        <translation>Il n&apos;y a pas d&apos;article %1 ; créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Lot %1 already exists.</source>
        <translation>Le lot %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no lot %1.</source>
        <translation>Il n&apos;y a pas de lot %1.</translation>
    </message>
    <message>
        <source>Lot %1 is %2: it cannot become %3.</source>
        <translation>Le lot %1 est %2 : il ne peut pas devenir %3.</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2; an expired lot cannot be released.</source>
        <translation>Le lot %1 est périmé depuis le %2 ; un lot périmé ne peut pas être libéré.</translation>
    </message>
    <message>
        <source>Lot %1 is material %2, not the expected %3.</source>
        <translation>Le lot %1 est de l&apos;article %2, pas de l&apos;article attendu %3.</translation>
    </message>
    <message>
        <source>Lot %1 is %2; only a Released lot may be used.</source>
        <translation>Le lot %1 est %2 ; seul un lot libéré peut être utilisé.</translation>
    </message>
    <message>
        <source>Lot %1 expired on %2 and may not be used.</source>
        <translation>Le lot %1 est périmé depuis le %2 et ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>MbrText</name>
    <message>
        <source>malformed number at position %1</source>
        <translation>nombre mal formé à la position %1</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation>fonction inconnue « %1 »</translation>
    </message>
    <message>
        <source>expected a number, a step id or &quot;(&quot; at position %1</source>
        <translation>un nombre, un identifiant d&apos;étape ou « ( » est attendu à la position %1</translation>
    </message>
    <message>
        <source>unbalanced &quot;)&quot; at position %1</source>
        <translation>« ) » sans correspondance à la position %1</translation>
    </message>
    <message>
        <source>&quot;,&quot; outside a function&apos;s arguments at position %1</source>
        <translation>« , » en dehors des arguments d&apos;une fonction à la position %1</translation>
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
        <source>a &quot;(&quot; is not closed</source>
        <translation>une « ( » n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>format « %1 » non pris en charge (attendu : « %2 »)</translation>
    </message>
    <message>
        <source>must look like MAJOR.MINOR, e.g. &quot;2.1&quot;</source>
        <translation>doit avoir la forme MAJEURE.MINEURE, par ex. « 2.1 »</translation>
    </message>
    <message>
        <source>must start with a letter or digit and contain only letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;</source>
        <translation>doit commencer par une lettre ou un chiffre et ne contenir que des lettres, des chiffres, « . », « _ » ou « - »</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>doit être supérieur à 0</translation>
    </message>
    <message>
        <source>duplicate material code &quot;%1&quot;</source>
        <translation>code matière « %1 » en double</translation>
    </message>
    <message>
        <source>duplicate equipment class &quot;%1&quot;</source>
        <translation>classe d&apos;équipement « %1 » en double</translation>
    </message>
    <message>
        <source>must start with a letter and contain only letters, digits and &quot;_&quot;</source>
        <translation>doit commencer par une lettre et ne contenir que des lettres, des chiffres et « _ »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved name</source>
        <translation>« %1 » est un nom réservé</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (already used at %2)</source>
        <translation>identifiant « %1 » en double (déjà utilisé en %2)</translation>
    </message>
    <message>
        <source>has both phases and branches; give one of them</source>
        <translation>a à la fois des phases et des branches ; n&apos;en indiquez qu&apos;un des deux</translation>
    </message>
    <message>
        <source>too many steps (at most %1)</source>
        <translation>trop d&apos;étapes (au plus %1)</translation>
    </message>
    <message>
        <source>unknown step kind &quot;%1&quot;</source>
        <translation>type d&apos;étape inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>étape inconnue « %1 »</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; has no value (only numeric, weigh and calculation steps have one)</source>
        <translation>l&apos;étape « %1 » n&apos;a pas de valeur (seules les étapes numériques, de pesée et de calcul en ont une)</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; does not come before this step</source>
        <translation>l&apos;étape « %1 » ne précède pas cette étape</translation>
    </message>
    <message>
        <source>the document is too large (%1 bytes, at most %2)</source>
        <translation>le document est trop volumineux (%1 octets, au plus %2)</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1 : %2</translation>
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
        <translation>a trop d&apos;entrées (au plus %1)</translation>
    </message>
    <message>
        <source>duplicate entry &quot;%1&quot;</source>
        <translation>entrée « %1 » en double</translation>
    </message>
    <message>
        <source>MBR %1 version %2 does not exist.</source>
        <translation>Le MBR %1 version %2 n&apos;existe pas.</translation>
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
        <translation>le signer en tant qu&apos;auteur</translation>
    </message>
    <message>
        <source>%1 has already signed MBR %2 version %3 as author.</source>
        <translation>%1 a déjà signé le MBR %2 version %3 en tant qu&apos;auteur.</translation>
    </message>
    <message>
        <source>approve it</source>
        <translation>l&apos;approuver</translation>
    </message>
    <message>
        <source>MBR %1 version %2 cannot be approved before its author has signed it.</source>
        <translation>Le MBR %1 version %2 ne peut pas être approuvé avant que son auteur ne l&apos;ait signé.</translation>
    </message>
    <message>
        <source>The QA approval must be signed by a different person from the author (%1).</source>
        <translation>L&apos;approbation AQ doit être signée par une autre personne que l&apos;auteur (%1).</translation>
    </message>
    <message>
        <source>The QA approval must be signed by a different person from the one who imported or submitted the version.</source>
        <translation>L&apos;approbation AQ doit être signée par une autre personne que celle qui a importé ou soumis la version.</translation>
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
        <translation>Le MBR %1 n&apos;a pas de version en vigueur ; seul un MBR en vigueur peut démarrer un lot.</translation>
    </message>
    <message>
        <source>needs at least one of low, high, alertLow, alertHigh</source>
        <translation>nécessite au moins l&apos;un de low, high, alertLow, alertHigh</translation>
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
        <translation>alertLow ne doit pas être inférieur à low : les limites d&apos;alerte se situent à l&apos;intérieur des limites d&apos;action</translation>
    </message>
    <message>
        <source>alertLow must be below high</source>
        <translation>alertLow doit être inférieur à high</translation>
    </message>
    <message>
        <source>alertHigh must not be above high: alert limits lie within the action limits</source>
        <translation>alertHigh ne doit pas être supérieur à high : les limites d&apos;alerte se situent à l&apos;intérieur des limites d&apos;action</translation>
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
        <translation>doit se situer entre les limites d&apos;alerte alertLow..alertHigh</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the equipmentClasses</source>
        <translation>« %1 » n&apos;est pas l&apos;une des equipmentClasses</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the bill of materials</source>
        <translation>« %1 » ne figure pas dans la nomenclature</translation>
    </message>
    <message>
        <source>must be a relative path to a .png, .jpg or .svg file inside the MBR package</source>
        <translation>doit être un chemin relatif vers un fichier .png, .jpg ou .svg du paquet MBR</translation>
    </message>
    <message>
        <source>must be &quot;manual&quot; or &quot;instrument&quot;</source>
        <translation>doit valoir « manual » ou « instrument »</translation>
    </message>
    <message>
        <source>only allowed with source &quot;instrument&quot;</source>
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
        <translation>non autorisé : la cible d&apos;une pesée découle de la nomenclature et de la taille du lot</translation>
    </message>
    <message>
        <source>material &quot;%1&quot; is measured in &quot;%2&quot;; weighing needs kg, g or mg</source>
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
        <source>unknown role &quot;%1&quot; (operator, supervisor, qa, admin)</source>
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
        <source>must be capital letters, digits or &quot;-&quot;</source>
        <translation>doit se composer de majuscules, de chiffres ou de « - »</translation>
    </message>
    <message>
        <source>the batch size must be greater than 0</source>
        <translation>la taille du lot doit être supérieure à 0</translation>
    </message>
    <message>
        <source>the MBR has no valid batch size</source>
        <translation>le MBR n&apos;a pas de taille de lot valide</translation>
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
        <source>step &quot;%1&quot; is not a weigh step</source>
        <translation>l&apos;étape « %1 » n&apos;est pas une étape de pesée</translation>
    </message>
    <message>
        <source>material &quot;%1&quot; of step &quot;%2&quot; is not in the bill of materials</source>
        <translation>la matière « %1 » de l&apos;étape « %2 » ne figure pas dans la nomenclature</translation>
    </message>
    <message>
        <source>the target of step &quot;%1&quot; rounds to zero at batch size %2</source>
        <translation>la cible de l&apos;étape « %1 » est arrondie à zéro pour une taille de lot de %2</translation>
    </message>
    <message>
        <source>the target of step &quot;%1&quot; (%2 %3) is below the minimum weight %4 %3 at batch size %5</source>
        <translation>la cible de l&apos;étape « %1 » (%2 %3) est inférieure au poids minimal %4 %3 pour une taille de lot de %5</translation>
    </message>
    <message>
        <source>The MBR has no step &quot;%1&quot;.</source>
        <translation>Le MBR n&apos;a pas d&apos;étape « %1 ».</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; is already completed.</source>
        <translation>L&apos;étape « %1 » est déjà terminée.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; cannot be executed: every step is complete.</source>
        <translation>L&apos;étape « %1 » ne peut pas être exécutée : toutes les étapes sont terminées.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; cannot be executed yet: &quot;%2&quot; (%3) comes first.</source>
        <translation>L&apos;étape « %1 » ne peut pas encore être exécutée : « %2 » (%3) passe d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 may not send a master batch record back to Draft (needs manage_master_data or review_records).</source>
        <translation>%1 n&apos;a pas le droit de renvoyer un dossier de lot maître (MBR) à l&apos;état Brouillon (il faut manage_master_data ou review_records).</translation>
    </message>
    <message>
        <source>A reason is required to send an MBR version back to Draft.</source>
        <translation>Une justification est requise pour renvoyer une version de MBR à l&apos;état Brouillon.</translation>
    </message>
    <message>
        <source>send it back to Draft</source>
        <translation>la renvoyer à l&apos;état Brouillon</translation>
    </message>
    <message>
        <source>needs an action limit (low or high) to continue after</source>
        <translation>demande une limite d&apos;action (basse ou haute) pour poursuivre après</translation>
    </message>
    <message>
        <source>must be &quot;allowed&quot;, &quot;override&quot; or &quot;forbidden&quot;</source>
        <translation>doit être « allowed », « override » ou « forbidden »</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no organisation</source>
        <translation>aucune organisation</translation>
    </message>
    <message>
        <source>No samples at this level.</source>
        <translation>Aucun échantillon à ce niveau.</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spécification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>out of specification</source>
        <translation>hors spécification</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Out of limits</source>
        <translation>Hors limites</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Déviation</translation>
    </message>
    <message>
        <source>Correction (entry changed after original entry)</source>
        <translation>Correction (saisie modifiée après la saisie d&apos;origine)</translation>
    </message>
    <message>
        <source>Manual entry where an instrument was expected</source>
        <translation>Saisie manuelle là où un instrument était attendu</translation>
    </message>
    <message>
        <source>Late entry</source>
        <translation>Saisie tardive</translation>
    </message>
    <message>
        <source>Hold overrun</source>
        <translation>Dépassement de l&apos;attente</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Refused action</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <source>Clock went backwards</source>
        <translation>L&apos;horloge a reculé</translation>
    </message>
    <message>
        <source>MVA alarm</source>
        <translation>Alarme MVA</translation>
    </message>
    <message>
        <source>Out of specification (OOS)</source>
        <translation>Hors spécification (OOS)</translation>
    </message>
    <message>
        <source>MVA alarm shelved</source>
        <translation>Alarme MVA mise en sommeil</translation>
    </message>
</context>
<context>
    <name>SamplingText</name>
    <message>
        <source>the expression is empty</source>
        <translation>l&apos;expression est vide</translation>
    </message>
    <message>
        <source>the expression is too long (%1 characters, at most %2)</source>
        <translation>l&apos;expression est trop longue (%1 caractères, %2 au plus)</translation>
    </message>
    <message>
        <source>assignment (&apos;=&apos;) is not allowed; the expression may only use the lot size N</source>
        <translation>l&apos;affectation (« = ») n&apos;est pas permise ; l&apos;expression ne peut utiliser que la taille du lot N</translation>
    </message>
    <message>
        <source>the expression must give one value (it gives %1; &apos;,&apos; separates several)</source>
        <translation>l&apos;expression doit donner une seule valeur (elle en donne %1 ; « , » en sépare plusieurs)</translation>
    </message>
    <message>
        <source>%1 (at position %2)</source>
        <translation>%1 (à la position %2)</translation>
    </message>
    <message>
        <source>gives no number (NaN) for N = %1</source>
        <translation>ne donne pas de nombre (NaN) pour N = %1</translation>
    </message>
    <message>
        <source>gives an infinite count for N = %1</source>
        <translation>donne un nombre infini pour N = %1</translation>
    </message>
    <message>
        <source>gives %1 for N = %2: a sample count cannot be negative</source>
        <translation>donne %1 pour N = %2 : un nombre d&apos;échantillons ne peut pas être négatif</translation>
    </message>
    <message>
        <source>gives %1 for N = %2: a sample count must be a whole number (use ceil(), floor() or round())</source>
        <translation>donne %1 pour N = %2 : un nombre d&apos;échantillons doit être entier (utilisez ceil(), floor() ou round())</translation>
    </message>
    <message>
        <source>gives %1 samples for N = %2 (at most %3 per source)</source>
        <translation>donne %1 échantillons pour N = %2 (%3 au plus par source)</translation>
    </message>
    <message>
        <source>a sample count cannot be negative (%1)</source>
        <translation>un nombre d&apos;échantillons ne peut pas être négatif (%1)</translation>
    </message>
    <message>
        <source>max (%1) is below min (%2)</source>
        <translation>max (%1) est inférieur à min (%2)</translation>
    </message>
    <message>
        <source>the table must start at lot size 1 (it starts at %1)</source>
        <translation>la table doit commencer à la taille de lot 1 (elle commence à %1)</translation>
    </message>
    <message>
        <source>only the last row may be open-ended (no max)</source>
        <translation>seule la dernière ligne peut être ouverte (sans max)</translation>
    </message>
    <message>
        <source>overlaps %1: lot sizes %2 are in both rows</source>
        <translation>chevauche %1 : les tailles de lot %2 sont dans les deux lignes</translation>
    </message>
    <message>
        <source>gap after %1: lot sizes %2 have no row</source>
        <translation>trou après %1 : les tailles de lot %2 n&apos;ont pas de ligne</translation>
    </message>
    <message>
        <source>the last row must be open-ended (leave out max) so that every lot size above %1 has a count</source>
        <translation>la dernière ligne doit être ouverte (sans max) pour que chaque taille de lot au-delà de %1 ait un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid expression: %2</source>
        <translation>« %1 » n&apos;est pas une expression valide : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>« %1 » %2</translation>
    </message>
    <message>
        <source>a range table needs 1 to %1 rows such as &quot;1-10: 2; 11+: 3&quot;</source>
        <translation>une table de plages demande 1 à %1 lignes comme « 1-10: 2; 11+: 3 »</translation>
    </message>
    <message>
        <source>row %1 &quot;%2&quot; is not MIN-MAX: COUNT or MIN+: COUNT (e.g. 1-10: 2; 11+: 3)</source>
        <translation>la ligne %1 « %2 » n&apos;est pas MIN-MAX: NOMBRE ou MIN+: NOMBRE (p. ex. 1-10: 2; 11+: 3)</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>a count rule must be an object with one of &quot;literal&quot;, &quot;ranges&quot;, &quot;expression&quot; or &quot;rule&quot;</source>
        <translation>une règle de nombre doit être un objet avec l&apos;un de « literal », « ranges », « expression » ou « rule »</translation>
    </message>
    <message>
        <source>needs one of &quot;literal&quot;, &quot;ranges&quot;, &quot;expression&quot; or &quot;rule&quot;</source>
        <translation>demande l&apos;un de « literal », « ranges », « expression » ou « rule »</translation>
    </message>
    <message>
        <source>has %1: a count rule has exactly one form</source>
        <translation>a %1 : une règle de nombre a exactement une forme</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid count rule name</source>
        <translation>« %1 » n&apos;est pas un nom de règle de nombre valide</translation>
    </message>
    <message>
        <source>the count rules refer to each other in a cycle: %1</source>
        <translation>les règles de nombre se renvoient l&apos;une à l&apos;autre en cercle : %1</translation>
    </message>
    <message>
        <source>there is no count rule named &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de règle de nombre « %1 »</translation>
    </message>
    <message>
        <source>the count rules refer to each other more than %1 levels deep: %2</source>
        <translation>les règles de nombre se renvoient sur plus de %1 niveaux : %2</translation>
    </message>
    <message>
        <source>the lot size must be between 1 and %1 (got %2)</source>
        <translation>la taille du lot doit être comprise entre 1 et %1 (reçu : %2)</translation>
    </message>
    <message>
        <source>rule %1: </source>
        <translation>règle %1 : </translation>
    </message>
    <message>
        <source>fixed count %1</source>
        <translation>nombre fixe %1</translation>
    </message>
    <message>
        <source>N = %1 is in the row %2: %3</source>
        <translation>N = %1 est dans la ligne %2 : %3</translation>
    </message>
    <message>
        <source>the range table has no row for lot size %1</source>
        <translation>la table de plages n&apos;a pas de ligne pour la taille de lot %1</translation>
    </message>
    <message>
        <source>the count expression &quot;%1&quot; %2</source>
        <translation>l&apos;expression de nombre « %1 » %2</translation>
    </message>
    <message>
        <source>%1 at N = %2 gives %3</source>
        <translation>%1 pour N = %2 donne %3</translation>
    </message>
    <message>
        <source>%1 samples from one source are more than %2</source>
        <translation>%1 échantillons d&apos;une même source, c&apos;est plus que %2</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 (roles: %2) may not %3.</source>
        <translation>%1 (rôles : %2) n&apos;a pas le droit de %3.</translation>
    </message>
    <message>
        <source>There is no lot %1.</source>
        <translation>Il n&apos;y a pas de lot %1.</translation>
    </message>
    <message>
        <source>Lot %1 is %2: cannot %3 (it must be %4).</source>
        <translation>Le lot %1 est %2 : impossible de %3 (il doit être %4).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; delivers %3 as variant %4.</source>
        <translation>%1 « %2 » livre %3 comme variante %4.</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Shipper</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Product %1 has no wildcard variant for lots without an organisation; add one, or name the organisation.</source>
        <translation>Le produit %1 n&apos;a pas de variante générique pour les lots sans organisation ; ajoutez-en une, ou nommez l&apos;organisation.</translation>
    </message>
    <message>
        <source>Product %1 has no variant for organisation &quot;%2&quot; and no wildcard variant for unknown suppliers; add a variant first.</source>
        <translation>Le produit %1 n&apos;a pas de variante pour l&apos;organisation « %2 » ni de variante générique pour les fournisseurs inconnus ; ajoutez d&apos;abord une variante.</translation>
    </message>
    <message>
        <source>No organisation given: the wildcard variant %1 applies.</source>
        <translation>Aucune organisation indiquée : la variante générique %1 s&apos;applique.</translation>
    </message>
    <message>
        <source>No variant of %1 for organisation &quot;%2&quot;: the wildcard variant %3 for unknown suppliers applies.</source>
        <translation>Aucune variante de %1 pour l&apos;organisation « %2 » : la variante générique %3 pour fournisseurs inconnus s&apos;applique.</translation>
    </message>
    <message>
        <source>The organisation name is longer than %1 characters.</source>
        <translation>Le nom de l&apos;organisation dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The lot size must be between 1 and %1 (got %2).</source>
        <translation>La taille du lot doit être comprise entre 1 et %1 (reçu : %2).</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Il n&apos;y a pas de produit %1.</translation>
    </message>
    <message>
        <source>Variant %1 refers to a missing rule or plan.</source>
        <translation>La variante %1 renvoie à une règle ou un plan manquant.</translation>
    </message>
    <message>
        <source>No samples: the lot is dispositioned on the supplier&apos;s certificate.</source>
        <translation>Aucun échantillon : le lot est décidé sur le certificat du fournisseur.</translation>
    </message>
    <message>
        <source>Plan %1: %2 samples with %3 tests.</source>
        <translation>Plan %1 : %2 échantillons avec %3 essais.</translation>
    </message>
    <message>
        <source>create lots</source>
        <translation>créer des lots</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid lot id (1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>« %1 » n&apos;est pas un numéro de lot valide (1 à 64 lettres, chiffres, « . », « _ » ou « - »)</translation>
    </message>
    <message>
        <source>Lot %1 already exists.</source>
        <translation>Le lot %1 existe déjà.</translation>
    </message>
    <message>
        <source>creation of lot %1</source>
        <translation>création du lot %1</translation>
    </message>
    <message>
        <source>receive lots</source>
        <translation>réceptionner des lots</translation>
    </message>
    <message>
        <source>receive it at the dock</source>
        <translation>le réceptionner au quai</translation>
    </message>
    <message>
        <source>no samples at level %1</source>
        <translation>aucun échantillon au niveau %1</translation>
    </message>
    <message>
        <source>receive samples in the laboratory</source>
        <translation>réceptionner des échantillons au laboratoire</translation>
    </message>
    <message>
        <source>receive its samples in the laboratory</source>
        <translation>réceptionner ses échantillons au laboratoire</translation>
    </message>
    <message>
        <source>enter test results</source>
        <translation>saisir des résultats d&apos;essai</translation>
    </message>
    <message>
        <source>enter results</source>
        <translation>saisir les résultats</translation>
    </message>
    <message>
        <source>Lot %1 has no test %2 on sample %3.</source>
        <translation>Le lot %1 n&apos;a pas d&apos;essai %2 sur l&apos;échantillon %3.</translation>
    </message>
    <message>
        <source>Sample %1 already has a result for %2 (%3); a correction needs a reason.</source>
        <translation>L&apos;échantillon %1 a déjà un résultat pour %2 (%3) ; une correction demande une justification.</translation>
    </message>
    <message>
        <source>Result of %1 on sample %2 corrected from %3 to %4: %5</source>
        <translation>Résultat de %1 sur l&apos;échantillon %2 corrigé de %3 à %4 : %5</translation>
    </message>
    <message>
        <source>Lot %1, sample %2: %3</source>
        <translation>Lot %1, échantillon %2 : %3</translation>
    </message>
    <message>
        <source>release it</source>
        <translation>le libérer</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1 has %n out-of-specification result(s): reject it, or correct the result with a reason after the investigation.</source>
        <translation>
            <numerusform>Le lot %1 a %n résultat hors spécification : refusez-le, ou corrigez le résultat avec une justification après l&apos;investigation.</numerusform>
            <numerusform>Le lot %1 a %n résultats hors spécification : refusez-le, ou corrigez le résultat avec une justification après l&apos;investigation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entered results of lot %2 and may not release it.</source>
        <translation>%1 a saisi des résultats du lot %2 et ne peut pas le libérer.</translation>
    </message>
    <message>
        <source>reject it</source>
        <translation>le refuser</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Un refus demande une justification.</translation>
    </message>
    <message>
        <source>Release of lot %1</source>
        <translation>Libération du lot %1</translation>
    </message>
    <message>
        <source>Release of lot %1: %2</source>
        <translation>Libération du lot %1 : %2</translation>
    </message>
    <message>
        <source>Rejection of lot %1: %2</source>
        <translation>Refus du lot %1 : %2</translation>
    </message>
    <message>
        <source>Lot %1 changed while the disposition was being signed; look at it again.</source>
        <translation>Le lot %1 a changé pendant la signature de la décision ; examinez-le à nouveau.</translation>
    </message>
    <message>
        <source>lot %1 released</source>
        <translation>lot %1 libéré</translation>
    </message>
    <message>
        <source>lot %1 rejected</source>
        <translation>lot %1 refusé</translation>
    </message>
    <message>
        <source>Lot %1 is %2: a certificate of analysis is only issued for a released lot.</source>
        <translation>Le lot %1 est %2 : un certificat d&apos;analyse n&apos;est délivré que pour un lot libéré.</translation>
    </message>
    <message>
        <source>The release signature of lot %1 does not verify against the record.</source>
        <translation>La signature de libération du lot %1 ne se vérifie pas par rapport au dossier.</translation>
    </message>
    <message>
        <source>(stored %1 %2)</source>
        <translation>(enregistré %1 %2)</translation>
    </message>
    <message>
        <source>count rule</source>
        <translation>règle de nombre</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>there is no product &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de produit « %1 »</translation>
    </message>
    <message>
        <source>product %1 has no test &quot;%2&quot;</source>
        <translation>le produit %1 n&apos;a pas d&apos;essai « %2 »</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>variante</translation>
    </message>
    <message>
        <source>there is no variant rule &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de règle de variante « %1 »</translation>
    </message>
    <message>
        <source>there is no sampling plan &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de plan d&apos;échantillonnage « %1 »</translation>
    </message>
    <message>
        <source>plan %1 is for product %2, not %3</source>
        <translation>le plan %1 est pour le produit %2, pas %3</translation>
    </message>
    <message>
        <source>product %1 already has a wildcard variant (%2)</source>
        <translation>le produit %1 a déjà une variante générique (%2)</translation>
    </message>
    <message>
        <source>variant %1 already covers product %2 from &quot;%3&quot;</source>
        <translation>la variante %1 couvre déjà le produit %2 de « %3 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 (1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit)</source>
        <translation>« %1 » n&apos;est pas un %2 valide (1 à 64 lettres, chiffres, « . », « _ » ou « - », commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <source>count rule name</source>
        <translation>nom de règle de nombre</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>product code</source>
        <translation>code produit</translation>
    </message>
    <message>
        <source>must be &quot;raw_material&quot;, &quot;intermediate&quot; or &quot;finished_good&quot;</source>
        <translation>doit être « raw_material », « intermediate » ou « finished_good »</translation>
    </message>
    <message>
        <source>duplicate test code &quot;%1&quot;</source>
        <translation>code d&apos;essai « %1 » en double</translation>
    </message>
    <message>
        <source>plan id</source>
        <translation>identifiant de plan</translation>
    </message>
    <message>
        <source>duplicate source &quot;%1&quot;</source>
        <translation>source « %1 » en double</translation>
    </message>
    <message>
        <source>variant id</source>
        <translation>identifiant de variante</translation>
    </message>
    <message>
        <source>must be &quot;supplier&quot;, &quot;manufacturer&quot; or &quot;shipper&quot;</source>
        <translation>doit être « supplier », « manufacturer » ou « shipper »</translation>
    </message>
    <message>
        <source>test code</source>
        <translation>code d&apos;essai</translation>
    </message>
    <message>
        <source>a &quot;conforms&quot; test has no %1</source>
        <translation>un essai « conforms » n&apos;a pas de %1</translation>
    </message>
    <message>
        <source>a numeric test has limits, not a requirement</source>
        <translation>un essai numérique a des limites, pas une exigence</translation>
    </message>
    <message>
        <source>a numeric test needs min, max or both</source>
        <translation>un essai numérique demande min, max ou les deux</translation>
    </message>
    <message>
        <source>max (%1) must be greater than min (%2)</source>
        <translation>max (%1) doit être supérieur à min (%2)</translation>
    </message>
    <message>
        <source>must be &quot;numeric&quot; or &quot;conforms&quot;</source>
        <translation>doit être « numeric » ou « conforms »</translation>
    </message>
    <message>
        <source>must be a number or a decimal string such as &quot;98.5&quot;</source>
        <translation>doit être un nombre ou une chaîne décimale comme « 98.5 »</translation>
    </message>
    <message>
        <source>%1 has more decimals than the test&apos;s %2</source>
        <translation>%1 a plus de décimales que les %2 de l&apos;essai</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>nom de la source</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this source&apos;s tests; the reduced tests are a subset of them</source>
        <translation>« %1 » n&apos;est pas un essai de cette source ; les essais réduits en sont un sous-ensemble</translation>
    </message>
    <message>
        <source>a reduced count needs reduced_tests</source>
        <translation>un nombre réduit demande reduced_tests</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in %2</source>
        <translation>« %1 » apparaît deux fois dans %2</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes, at most %2)</source>
        <translation>le fichier est trop volumineux (%1 octets, %2 au plus)</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels</source>
        <translation>le fichier est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>clé en double</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (got &quot;%2&quot;)</source>
        <translation>doit être « %1 » (reçu : « %2 »)</translation>
    </message>
    <message>
        <source>the document holds no master data</source>
        <translation>le document ne contient aucune donnée de base</translation>
    </message>
    <message>
        <source>(stored variant %1)</source>
        <translation>(variante enregistrée %1)</translation>
    </message>
    <message>
        <source>variant %1 is %2, a state that rule %3 does not have</source>
        <translation>la variante %1 est %2, un état que la règle %3 n&apos;a pas</translation>
    </message>
    <message>
        <source>The stored %1 %2 is damaged: %3</source>
        <translation>Le %1 %2 enregistré est endommagé : %3</translation>
    </message>
    <message>
        <source>%1 may not change sampling master data.</source>
        <translation>%1 n&apos;a pas le droit de modifier les données de base d&apos;échantillonnage.</translation>
    </message>
    <message>
        <source>There is no master data to store.</source>
        <translation>Il n&apos;y a pas de données de base à enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>The master data has %n problem(s):</source>
        <translation>
            <numerusform>Les données de base ont %n problème :</numerusform>
            <numerusform>Les données de base ont %n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3 exists with different content (version %4); replace it explicitly, with a reason</source>
        <translation>%1 : %2 %3 existe avec un contenu différent (version %4) ; remplacez-le explicitement, avec une justification</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already exist:</source>
        <translation>
            <numerusform>%n élément existe déjà :</numerusform>
            <numerusform>%n éléments existent déjà :</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing stored master data needs a reason.</source>
        <translation>La modification de données de base enregistrées demande une justification.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 since %2 (reached %3)</source>
        <translation>%1 depuis %2 (atteint %3)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1 from %2, and %3 of %4 accepted lots so far</source>
        <translation>%1 depuis %2, et %3 sur %4 lots acceptés jusqu&apos;ici</translation>
    </message>
    <message>
        <source>wildcard variant (unknown supplier): never promoted</source>
        <translation>variante générique (fournisseur inconnu) : jamais promue</translation>
    </message>
    <message>
        <source>%1 reached: %2 is due</source>
        <translation>%1 atteint : %2 est dû</translation>
    </message>
    <message>
        <source>%1 towards %2</source>
        <translation>%1 en vue de %2</translation>
    </message>
    <message>
        <source>State %1 is not in rule %2: Full testing.</source>
        <translation>L&apos;état %1 n&apos;est pas dans la règle %2 : contrôle complet.</translation>
    </message>
    <message>
        <source>%1 (unknown to rule %2); Full</source>
        <translation>%1 (inconnu de la règle %2) ; complet</translation>
    </message>
    <message>
        <source>The variant is %1 since %2 (rule %3).</source>
        <translation>La variante est %1 depuis %2 (règle %3).</translation>
    </message>
    <message>
        <source>%1 tests at level %2.</source>
        <translation>%1 essais au niveau %2.</translation>
    </message>
    <message>
        <source>periodic Full at batch %1 of %1</source>
        <translation>complet périodique au lot %1 sur %1</translation>
    </message>
    <message>
        <source>Full testing every %1th batch: this is batch %1 of %1 (batch %2 in %3).</source>
        <translation>Contrôle complet tous les %1 lots : c&apos;est le lot %1 sur %1 (lot %2 dans %3).</translation>
    </message>
    <message>
        <source>batch %1 of %2, next Full at batch %2 of %2</source>
        <translation>lot %1 sur %2, prochain contrôle complet au lot %2 sur %2</translation>
    </message>
    <message>
        <source>Batch %1 of %2 in the Full testing cycle; next Full at batch %2 of %2.</source>
        <translation>Lot %1 sur %2 du cycle de contrôle complet ; prochain contrôle complet au lot %2 sur %2.</translation>
    </message>
    <message>
        <source>first batch of %1</source>
        <translation>premier lot de %1</translation>
    </message>
    <message>
        <source>Full testing for the first batch of a calendar year: this is the first batch of %1.</source>
        <translation>Contrôle complet pour le premier lot d&apos;une année civile : c&apos;est le premier lot de %1.</translation>
    </message>
    <message>
        <source>no previous batch</source>
        <translation>aucun lot précédent</translation>
    </message>
    <message>
        <source>Full testing: the variant has no previous batch.</source>
        <translation>Contrôle complet : la variante n&apos;a pas de lot précédent.</translation>
    </message>
    <message>
        <source>last batch %1 is older than %2</source>
        <translation>le dernier lot %1 date de plus de %2</translation>
    </message>
    <message>
        <source>Full testing after a gap: the previous batch (%1) is older than %2.</source>
        <translation>Contrôle complet après une interruption : le lot précédent (%1) date de plus de %2.</translation>
    </message>
    <message>
        <source>promotion to %1 awaits QA approval</source>
        <translation>la promotion à %1 attend l&apos;approbation de l&apos;AQ</translation>
    </message>
    <message>
        <source>A promotion to %1 is due and awaits a QA approval signature; until then the variant stays %2.</source>
        <translation>Une promotion à %1 est due et attend une signature d&apos;approbation de l&apos;AQ ; d&apos;ici là, la variante reste %2.</translation>
    </message>
    <message>
        <source>Next promotion: %1.</source>
        <translation>Prochaine promotion : %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>no tests at level %1</source>
        <translation>aucun essai au niveau %1</translation>
    </message>
    <message>
        <source>Sampling plan %1, source %2: %3</source>
        <translation>Plan d&apos;échantillonnage %1, source %2 : %3</translation>
    </message>
    <message>
        <source>Sampling plan %1 asks for more than %2 samples from a lot of %3 (source %4 adds %5).</source>
        <translation>Le plan d&apos;échantillonnage %1 demande plus de %2 échantillons d&apos;un lot de %3 (la source %4 en ajoute %5).</translation>
    </message>
    <message>
        <source>must be &quot;accepted&quot; (or &quot;released&quot;) or &quot;rejected&quot;</source>
        <translation>doit être « accepted » (ou « released ») ou « rejected »</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3)</source>
        <translation>%1 -&gt; %2 (%3)</translation>
    </message>
    <message>
        <source>promotion %1 -&gt; %2 due (%3)</source>
        <translation>promotion %1 -&gt; %2 due (%3)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 approved</source>
        <translation>%1 -&gt; %2 approuvée</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>doit être « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (2026-01-05) or UTC time (2026-01-05T08:00:00Z)</source>
        <translation>« %1 » n&apos;est ni une date (2026-01-05) ni une heure UTC (2026-01-05T08:00:00Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as &quot;P14D&quot;</source>
        <translation>« %1 » n&apos;est pas une durée comme « P14D »</translation>
    </message>
    <message>
        <source>must be &quot;immediate&quot; or &quot;never&quot;</source>
        <translation>doit être « immediate » ou « never »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>« %1 » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>%1 is before the previous lot</source>
        <translation>%1 est antérieur au lot précédent</translation>
    </message>
    <message>
        <source>must be an outcome or an object</source>
        <translation>doit être un résultat ou un objet</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Conforms (%1)</source>
        <translation>Conforme (%1)</translation>
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
        <translation>L&apos;essai %1 prend « conforms » ou « does_not_conform », pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 (%2) does not conform to &quot;%3&quot;.</source>
        <translation>%1 (%2) n&apos;est pas conforme à « %3 ».</translation>
    </message>
    <message>
        <source>Test %1 takes a decimal number in %2 (e.g. 99.5), not &quot;%3&quot;.</source>
        <translation>L&apos;essai %1 prend un nombre décimal en %2 (p. ex. 99.5), pas « %3 ».</translation>
    </message>
    <message>
        <source>Test %1: %2</source>
        <translation>Essai %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 %4 is %5 the specification %6.</source>
        <translation>%1 (%2) : %3 %4 est %5 de la spécification %6.</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as &quot;P6M&quot;, &quot;P12M&quot;, &quot;P1Y&quot; or &quot;P180D&quot;</source>
        <translation>« %1 » n&apos;est pas une durée comme « P6M », « P12M », « P1Y » ou « P180D »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid state name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;état valide (lettres, chiffres, « . », « _ », « - »)</translation>
    </message>
    <message>
        <source>must be &quot;Full&quot;, &quot;Reduced&quot; or &quot;Skip&quot;</source>
        <translation>doit être « Full », « Reduced » ou « Skip »</translation>
    </message>
    <message>
        <source>only a state at Skip or Reduced can have a Full testing schedule</source>
        <translation>seul un état à Skip ou Reduced peut avoir un calendrier de contrôle complet</translation>
    </message>
    <message>
        <source>needs one of &quot;accepted&quot;, &quot;no_failure_for&quot; or &quot;rejected&quot;</source>
        <translation>demande l&apos;un de « accepted », « no_failure_for » ou « rejected »</translation>
    </message>
    <message>
        <source>has %1: a condition has exactly one of them</source>
        <translation>a %1 : une condition en a exactement un</translation>
    </message>
    <message>
        <source>&quot;within&quot; belongs to &quot;accepted&quot; and &quot;rejected&quot;</source>
        <translation>« within » va avec « accepted » et « rejected »</translation>
    </message>
    <message>
        <source>&quot;min_accepted&quot; belongs to &quot;no_failure_for&quot;</source>
        <translation>« min_accepted » va avec « no_failure_for »</translation>
    </message>
    <message>
        <source>1 accepted lot</source>
        <translation>1 lot accepté</translation>
    </message>
    <message>
        <source>%1 accepted lots</source>
        <translation>%1 lots acceptés</translation>
    </message>
    <message>
        <source>1 rejected lot</source>
        <translation>1 lot refusé</translation>
    </message>
    <message>
        <source>%1 rejected lots</source>
        <translation>%1 lots refusés</translation>
    </message>
    <message>
        <source>%1 within %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 in a row</source>
        <translation>%1 de suite</translation>
    </message>
    <message>
        <source>%1 without a failure and at least %2</source>
        <translation>%1 sans défaut et au moins %2</translation>
    </message>
    <message>
        <source>%1 without a failure</source>
        <translation>%1 sans défaut</translation>
    </message>
    <message>
        <source>UnQualified -&gt; 3 accepted lots within 6 months -&gt; Qualified -&gt; 12 months without a failure -&gt; Preferred (Full on every 10th lot, the first lot of a year and after 6 months without a lot); a rejected lot demotes one step.</source>
        <translation>UnQualified -&gt; 3 lots acceptés en 6 mois -&gt; Qualified -&gt; 12 mois sans défaut -&gt; Preferred (complet tous les 10 lots, pour le premier lot de l&apos;année et après 6 mois sans lot) ; un lot refusé fait descendre d&apos;un niveau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid rule name</source>
        <translation>« %1 » n&apos;est pas un nom de règle valide</translation>
    </message>
    <message>
        <source>&quot;default&quot; is the built-in rule and cannot be redefined</source>
        <translation>« default » est la règle intégrée et ne peut pas être redéfinie</translation>
    </message>
    <message>
        <source>duplicate state &quot;%1&quot;</source>
        <translation>état « %1 » en double</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the states</source>
        <translation>« %1 » n&apos;est pas un des états</translation>
    </message>
    <message>
        <source>a transition must change the state</source>
        <translation>une transition doit changer l&apos;état</translation>
    </message>
    <message>
        <source>a second transition from %1 to %2</source>
        <translation>une seconde transition de %1 à %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 is a promotion: it needs &quot;approval&quot;: true (a QA signature)</source>
        <translation>%1 -&gt; %2 est une promotion : elle demande « approval »: true (une signature de l&apos;AQ)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 is a demotion: it takes effect at once and cannot wait for an approval</source>
        <translation>%1 -&gt; %2 est une rétrogradation : elle prend effet aussitôt et ne peut pas attendre une approbation</translation>
    </message>
    <message>
        <source>a promotion cannot be earned by rejected lots</source>
        <translation>une promotion ne peut pas être obtenue par des lots refusés</translation>
    </message>
    <message>
        <source>a demotion follows rejected lots (use &quot;rejected&quot;)</source>
        <translation>une rétrogradation suit des lots refusés (utilisez « rejected »)</translation>
    </message>
    <message>
        <source>a new variant starts in the initial state of rule %1</source>
        <translation>une nouvelle variante commence dans l&apos;état initial de la règle %1</translation>
    </message>
    <message>
        <source>Variant %1 has no qualification state.</source>
        <translation>La variante %1 n&apos;a pas d&apos;état de qualification.</translation>
    </message>
    <message>
        <source>Variant %1 demoted from %2 to %3: %4.</source>
        <translation>Variante %1 rétrogradée de %2 à %3 : %4.</translation>
    </message>
    <message>
        <source>Promotion of variant %1 from %2 to %3 is due (%4) and awaits a QA approval signature.</source>
        <translation>La promotion de la variante %1 de %2 à %3 est due (%4) et attend une signature d&apos;approbation de l&apos;AQ.</translation>
    </message>
    <message>
        <source>There is no variant %1.</source>
        <translation>Il n&apos;y a pas de variante %1.</translation>
    </message>
    <message>
        <source>No promotion of variant %1 (%2) awaits approval.</source>
        <translation>Aucune promotion de la variante %1 (%2) n&apos;attend d&apos;approbation.</translation>
    </message>
    <message>
        <source>Promotion of %1 to %2</source>
        <translation>Promotion de %1 à %2</translation>
    </message>
    <message>
        <source>The proposal for variant %1 changed while it was being signed; look at it again.</source>
        <translation>La proposition pour la variante %1 a changé pendant la signature ; examinez-la à nouveau.</translation>
    </message>
    <message>
        <source>The promotion of variant %1 to %2 is no longer due.</source>
        <translation>La promotion de la variante %1 à %2 n&apos;est plus due.</translation>
    </message>
    <message>
        <source>variant created (version %1)</source>
        <translation>variante créée (version %1)</translation>
    </message>
    <message>
        <source>variant changed (version %1): %2</source>
        <translation>variante modifiée (version %1) : %2</translation>
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
        <translation>Le mot de passe ne doit pas être l&apos;identifiant.</translation>
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
        <translation>Déconnectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The session is not locked.</source>
        <translation>La session n&apos;est pas verrouillée.</translation>
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
        <source>Your roles do not allow a &quot;%1&quot; signature.</source>
        <translation>Vos rôles ne permettent pas une signature « %1 ».</translation>
    </message>
    <message>
        <source>The record to sign (%1/%2) does not exist.</source>
        <translation>L&apos;enregistrement à signer (%1/%2) n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The verifier must be a different person from the one who performed the step.</source>
        <translation>Le vérificateur doit être une autre personne que celle qui a réalisé l&apos;étape.</translation>
    </message>
    <message>
        <source>A user id has 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit.</source>
        <translation>Un identifiant compte 1 à 32 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The user id &quot;system&quot; is reserved.</source>
        <translation>L&apos;identifiant « system » est réservé.</translation>
    </message>
    <message>
        <source>The full name must have 1 to %1 characters.</source>
        <translation>Le nom complet doit comporter 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur « %1 ».</translation>
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
        <source>The user id &quot;%1&quot; is already used and can never be given to anyone else.</source>
        <translation>L&apos;identifiant « %1 » est déjà utilisé et ne pourra jamais être attribué à quelqu&apos;un d&apos;autre.</translation>
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
        <source>The user &quot;%1&quot; is already disabled.</source>
        <translation>L&apos;utilisateur « %1 » est déjà désactivé.</translation>
    </message>
    <message>
        <source>Change your own password with the old password.</source>
        <translation>Changez votre propre mot de passe avec l&apos;ancien mot de passe.</translation>
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
        <translation>J&apos;ai réalisé ce travail moi-même, tel qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <source>I checked the work of another person and confirm that it is correct.</source>
        <translation>J&apos;ai contrôlé le travail d&apos;une autre personne et je confirme qu&apos;il est correct.</translation>
    </message>
    <message>
        <source>I reviewed this record.</source>
        <translation>J&apos;ai revu cet enregistrement.</translation>
    </message>
    <message>
        <source>I approve this content.</source>
        <translation>J&apos;approuve ce contenu.</translation>
    </message>
    <message>
        <source>I release this batch.</source>
        <translation>Je libère ce lot.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 — %3</source>
        <translation>Signé par %1 le %2 — %3</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>I reject this batch.</source>
        <translation>Je refuse ce lot.</translation>
    </message>
    <message>
        <source>I place this batch in quarantine.</source>
        <translation>Je mets ce lot en quarantaine.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This station has never synchronised with the central database; signatures are refused until it has.</source>
        <translation>Ce poste ne s&apos;est encore jamais synchronisé avec la base centrale ; les signatures sont refusées jusque-là.</translation>
    </message>
    <message>
        <source>This station has not synchronised with the central database since %1 (limit: %2 minutes); signatures are refused until it has.</source>
        <translation>Ce poste ne s&apos;est pas synchronisé avec la base centrale depuis %1 (limite : %2 minutes) ; les signatures sont refusées jusque-là.</translation>
    </message>
</context>
<context>
    <name>batch::exec</name>
    <message>
        <source>an instrument value needs the instrument id, the raw frame and the stability flag.</source>
        <translation>une valeur d&apos;instrument nécessite l&apos;identifiant de l&apos;instrument, la trame brute et l&apos;indicateur de stabilité.</translation>
    </message>
    <message>
        <source>Step %1: the reading is not stable; wait for a stable reading.</source>
        <translation>Étape %1 : la mesure n&apos;est pas stable ; attendez une mesure stable.</translation>
    </message>
    <message>
        <source>target %1, low %2, high %3</source>
        <translation>cible %1, bas %2, haut %3</translation>
    </message>
    <message>
        <source>the unit is %1, not %2.</source>
        <translation>l&apos;unité est %1, pas %2.</translation>
    </message>
    <message>
        <source>%1 %2 is below the minimum weight of %3 %2 for this balance step.</source>
        <translation>%1 %2 est inférieur au poids minimal de %3 %2 pour cette étape de pesée.</translation>
    </message>
</context>
<context>
    <name>batch::exports</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>Il n&apos;y a pas de lot %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot be checked: %1</source>
        <translation>ne peut pas être vérifié : %1</translation>
    </message>
</context>
<context>
    <name>batch::exports::RecordWriter</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 corrected from %2 to %3 by %4</source>
        <translation>%1 corrigé de %2 à %3 par %4</translation>
    </message>
    <message>
        <source>Review of %1 (%2)</source>
        <translation>Revue de %1 (%2)</translation>
    </message>
    <message>
        <source>Closure of deviation %1</source>
        <translation>Clôture de la déviation %1</translation>
    </message>
    <message>
        <source>limits: %1</source>
        <translation>limites : %1</translation>
    </message>
    <message>
        <source>Electronic signature (%1)</source>
        <translation>Signature électronique (%1)</translation>
    </message>
</context>
<context>
    <name>batch::exports::Verifier</name>
    <message>
        <source>too many problems; stopped listing</source>
        <translation>trop de problèmes ; liste arrêtée</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or not a string</source>
        <translation>%1 : « %2 » manque ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1: seq, prev_hash or row_hash is missing or malformed</source>
        <translation>%1 : seq, prev_hash ou row_hash manque ou est mal formé</translation>
    </message>
    <message>
        <source>%1: content changed (the row hash does not match the content)</source>
        <translation>%1 : contenu modifié (l&apos;empreinte de ligne ne correspond pas au contenu)</translation>
    </message>
    <message>
        <source>%1: the event is listed twice</source>
        <translation>%1 : l&apos;événement figure deux fois</translation>
    </message>
    <message>
        <source>events: not in (station, seq) order</source>
        <translation>événements : pas dans l&apos;ordre (station, seq)</translation>
    </message>
    <message>
        <source>%1: station_id, public_key, first_seq or last_seq is missing or malformed</source>
        <translation>%1 : station_id, public_key, first_seq ou last_seq manque ou est mal formé</translation>
    </message>
    <message>
        <source>%1: prev_hash or row_hash is malformed</source>
        <translation>%1 : prev_hash ou row_hash est mal formé</translation>
    </message>
    <message>
        <source>%1: seq %2 is given twice</source>
        <translation>%1 : seq %2 est donné deux fois</translation>
    </message>
    <message>
        <source>%1: station %2 seq %3 is missing from the chain</source>
        <translation>%1 : station %2 seq %3 manque dans la chaîne</translation>
    </message>
    <message>
        <source>%1: chain link broken (its prev_hash is not the row hash of seq %2)</source>
        <translation>%1 : maillon de chaîne rompu (son prev_hash n&apos;est pas l&apos;empreinte de ligne de seq %2)</translation>
    </message>
    <message>
        <source>%1: rows outside first_seq..last_seq</source>
        <translation>%1 : lignes hors de first_seq..last_seq</translation>
    </message>
    <message>
        <source>%1: the Ed25519 signature does not verify</source>
        <translation>%1 : la signature Ed25519 ne se vérifie pas</translation>
    </message>
    <message>
        <source>%1: the signed head hash differs from the chain at seq %2</source>
        <translation>%1 : l&apos;empreinte de tête signée diffère de la chaîne à seq %2</translation>
    </message>
    <message>
        <source>%1: no valid checkpoint covers the batch&apos;s last event (seq %2)</source>
        <translation>%1 : aucun point de contrôle valide ne couvre le dernier événement du lot (seq %2)</translation>
    </message>
    <message>
        <source>signature %1: its subject %2 is not in the export</source>
        <translation>signature %1 : son objet %2 n&apos;est pas dans l&apos;export</translation>
    </message>
    <message>
        <source>signature %1: it does not bind the content of %2</source>
        <translation>signature %1 : elle ne lie pas le contenu de %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <source>the file does not end with the newline BatchStation writes</source>
        <translation>le fichier ne se termine pas par le saut de ligne qu&apos;écrit BatchStation</translation>
    </message>
    <message>
        <source>not an export in the exact form BatchStation writes (changed or re-saved): %1</source>
        <translation>pas un export sous la forme exacte qu&apos;écrit BatchStation (modifié ou réenregistré) : %1</translation>
    </message>
    <message>
        <source>format: not &quot;%1&quot;</source>
        <translation>format : pas « %1 »</translation>
    </message>
    <message>
        <source>file_hash: does not match the file&apos;s content</source>
        <translation>file_hash : ne correspond pas au contenu du fichier</translation>
    </message>
    <message>
        <source>events: the export holds no events</source>
        <translation>événements : l&apos;export ne contient aucun événement</translation>
    </message>
    <message>
        <source>stations: no chain section for station %1</source>
        <translation>stations : pas de section de chaîne pour la station %1</translation>
    </message>
    <message>
        <source>record_hash: does not match the events</source>
        <translation>record_hash : ne correspond pas aux événements</translation>
    </message>
    <message>
        <source>events: no BatchStarted event of batch %1</source>
        <translation>événements : aucun événement BatchStarted du lot %1</translation>
    </message>
</context>
<context>
    <name>batch::instruments</name>
    <message>
        <source>User %1 (roles: %2) may not %3 (needs %4).</source>
        <translation>L&apos;utilisateur %1 (rôles : %2) n&apos;a pas le droit de %3 (il faut %4).</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Une justification est requise.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>La justification dépasse 500 caractères.</translation>
    </message>
    <message>
        <source>Instrument %1: %2</source>
        <translation>Instrument %1 : %2</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est requis.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>%1 must be a %2 decimal number, not &quot;%3&quot;.</source>
        <translation>%1 doit être un nombre décimal %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>non-negative</source>
        <translation>non négatif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instrument id (letters, digits, . _ -; at most 64).</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;instrument valide (lettres, chiffres, . _ - ; 64 au plus).</translation>
    </message>
    <message>
        <source>the type must be a lower-case word such as balance or ph_meter, not &quot;%1&quot;.</source>
        <translation>le type doit être un mot en minuscules comme balance ou ph_meter, pas « %1 ».</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Le modèle</translation>
    </message>
    <message>
        <source>The serial number</source>
        <translation>Le numéro de série</translation>
    </message>
    <message>
        <source>The instrument class</source>
        <translation>La classe d&apos;instrument</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>L&apos;emplacement</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>L&apos;unité</translation>
    </message>
    <message>
        <source>The capacity</source>
        <translation>La portée maximale</translation>
    </message>
    <message>
        <source>The readability</source>
        <translation>La lisibilité</translation>
    </message>
    <message>
        <source>The minimum weight</source>
        <translation>La pesée minimale</translation>
    </message>
    <message>
        <source>the readability is larger than the capacity.</source>
        <translation>la lisibilité est supérieure à la portée maximale.</translation>
    </message>
    <message>
        <source>the calibration is due before it was done.</source>
        <translation>l&apos;étalonnage est dû avant d&apos;avoir été effectué.</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (mt-sics, sbi, and, hid-pos).</source>
        <translation>protocole inconnu « %1 » (mt-sics, sbi, and, hid-pos).</translation>
    </message>
    <message>
        <source>The port</source>
        <translation>Le port</translation>
    </message>
    <message>
        <source>the HID backend is hidraw or hidapi, not &quot;%1&quot;.</source>
        <translation>le pilote HID est hidraw ou hidapi, pas « %1 ».</translation>
    </message>
    <message>
        <source>Instrument %1 is %2, not in service.</source>
        <translation>L&apos;instrument %1 est %2, pas en service.</translation>
    </message>
    <message>
        <source>Instrument %1 has no calibration on file.</source>
        <translation>Aucun étalonnage n&apos;est enregistré pour l&apos;instrument %1.</translation>
    </message>
    <message>
        <source>The calibration of %1 was due on %2; it is overdue.</source>
        <translation>L&apos;étalonnage de %1 était dû le %2 ; il est en retard.</translation>
    </message>
    <message>
        <source>Instrument %1 has no daily check today (%2).</source>
        <translation>L&apos;instrument %1 n&apos;a pas de vérification journalière aujourd&apos;hui (%2).</translation>
    </message>
    <message>
        <source>Today&apos;s daily check of %1 failed; the instrument may not be used.</source>
        <translation>La vérification journalière d&apos;aujourd&apos;hui de %1 a échoué ; l&apos;instrument ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>The step needs an instrument of class %1; %2 is of class %3.</source>
        <translation>L&apos;étape demande un instrument de classe %1 ; %2 est de classe %3.</translation>
    </message>
    <message>
        <source>The instrument that answered has serial number %1; %2 is %3 on file.</source>
        <translation>L&apos;instrument qui a répondu a le numéro de série %1 ; %2 est enregistré avec %3.</translation>
    </message>
    <message>
        <source>The reading is in %1; %2 weighs in %3.</source>
        <translation>La lecture est en %1 ; %2 mesure en %3.</translation>
    </message>
    <message>
        <source>The reading is not stable; wait for a stable reading.</source>
        <translation>La lecture n&apos;est pas stable ; attendez une lecture stable.</translation>
    </message>
    <message>
        <source>A balance reading must come from the balance (no reading time).</source>
        <translation>Une pesée doit venir de la balance (pas d&apos;heure de lecture).</translation>
    </message>
    <message>
        <source>The reading is %1 ms old; at most %2 ms are allowed.</source>
        <translation>La lecture date de %1 ms ; %2 ms au plus sont permises.</translation>
    </message>
    <message>
        <source>The reading is stamped %1 ms after now: not the station&apos;s clock.</source>
        <translation>La lecture est horodatée %1 ms après maintenant : ce n&apos;est pas l&apos;horloge de la station.</translation>
    </message>
    <message>
        <source>A balance reading must carry the serial number of the balance.</source>
        <translation>Une pesée doit porter le numéro de série de la balance.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal net weight.</source>
        <translation>« %1 » n&apos;est pas un poids net décimal.</translation>
    </message>
    <message>
        <source>A balance reading must carry gross and tare as well as the net.</source>
        <translation>Une pesée doit porter le brut et la tare en plus du net.</translation>
    </message>
    <message>
        <source>Gross &quot;%1&quot; or tare &quot;%2&quot; is not a decimal.</source>
        <translation>Le brut « %1 » ou la tare « %2 » n&apos;est pas un nombre décimal.</translation>
    </message>
    <message>
        <source>Net %1 is not gross %2 minus tare %3.</source>
        <translation>Le net %1 n&apos;est pas le brut %2 moins la tare %3.</translation>
    </message>
    <message>
        <source>Gross %1 %2 exceeds the capacity of %3 (%4 %2).</source>
        <translation>Le brut %1 %2 dépasse la portée maximale de %3 (%4 %2).</translation>
    </message>
    <message>
        <source>Net %1 %2 exceeds the capacity of %3 (%4 %2).</source>
        <translation>Le net %1 %2 dépasse la portée maximale de %3 (%4 %2).</translation>
    </message>
    <message>
        <source>Net %1 %2 is below the minimum weight of %3 (%4 %2).</source>
        <translation>Le net %1 %2 est inférieur à la pesée minimale de %3 (%4 %2).</translation>
    </message>
    <message>
        <source>Instrument %1 is not in the instrument master.</source>
        <translation>L&apos;instrument %1 n&apos;est pas dans le référentiel des instruments.</translation>
    </message>
    <message>
        <source>Field %1 is not a date (YYYY-MM-DD): &quot;%2&quot;.</source>
        <translation>Le champ %1 n’est pas une date (AAAA-MM-JJ) : « %2 ».</translation>
    </message>
    <message>
        <source>Field %1 is not part of an instrument document.</source>
        <translation>Le champ %1 ne fait pas partie d’un document d’instrument.</translation>
    </message>
    <message>
        <source>Field %1 is missing or not a text.</source>
        <translation>Le champ %1 manque ou n’est pas un texte.</translation>
    </message>
    <message>
        <source>Field state is in_service, out_of_service or retired, not &quot;%1&quot;.</source>
        <translation>Le champ state vaut in_service, out_of_service ou retired, pas « %1 ».</translation>
    </message>
    <message>
        <source>Instrument %1 of this station is a simulator; a central instrument with the same id is not laid over it.</source>
        <translation>L’instrument %1 de ce poste est un simulateur ; un instrument central de même identifiant ne le remplace pas.</translation>
    </message>
    <message>
        <source>Instrument %1 is retired at this station; it does not come back into use.</source>
        <translation>L’instrument %1 est retiré du service sur ce poste ; il ne revient pas en service.</translation>
    </message>
    <message>
        <source>Instrument %1 could not be updated.</source>
        <translation>L’instrument %1 n’a pas pu être mis à jour.</translation>
    </message>
</context>
<context>
    <name>batch::instruments::InstrumentRegistry</name>
    <message>
        <source>There is no instrument %1 in the instrument master.</source>
        <translation>Il n&apos;y a pas d&apos;instrument %1 dans le référentiel des instruments.</translation>
    </message>
    <message>
        <source>register instruments</source>
        <translation>enregistrer des instruments</translation>
    </message>
    <message>
        <source>Instrument id %1 is already registered.</source>
        <translation>L&apos;identifiant d&apos;instrument %1 est déjà enregistré.</translation>
    </message>
    <message>
        <source>Instrument %1: nothing changes.</source>
        <translation>Instrument %1 : rien ne change.</translation>
    </message>
    <message>
        <source>Instrument %1 was changed meanwhile; try again.</source>
        <translation>L&apos;instrument %1 a été modifié entre-temps ; réessayez.</translation>
    </message>
    <message>
        <source>Instrument %1 could not be updated.</source>
        <translation>L&apos;instrument %1 n&apos;a pas pu être mis à jour.</translation>
    </message>
    <message>
        <source>change instruments</source>
        <translation>modifier des instruments</translation>
    </message>
    <message>
        <source>Instrument %1 is retired; it does not change any more.</source>
        <translation>L&apos;instrument %1 est réformé ; il ne change plus.</translation>
    </message>
    <message>
        <source>record calibrations</source>
        <translation>enregistrer des étalonnages</translation>
    </message>
    <message>
        <source>A calibration needs the date it was done and the date it is due again.</source>
        <translation>Un étalonnage demande la date où il a été fait et la date de la prochaine échéance.</translation>
    </message>
    <message>
        <source>A calibration cannot be recorded for a future date (%1).</source>
        <translation>Un étalonnage ne peut pas être enregistré pour une date future (%1).</translation>
    </message>
    <message>
        <source>The calibration certificate</source>
        <translation>Le certificat d&apos;étalonnage</translation>
    </message>
    <message>
        <source>record daily checks</source>
        <translation>enregistrer des vérifications journalières</translation>
    </message>
    <message>
        <source>The note is longer than 500 characters.</source>
        <translation>La note dépasse 500 caractères.</translation>
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
        <translation>Le modèle MVA %1 version %2 n&apos;existe pas.</translation>
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
        <translation>Il n&apos;y a pas d&apos;alarme MVA %1.</translation>
    </message>
    <message>
        <source>MVA alarm %1 is already cleared.</source>
        <translation>L&apos;alarme MVA %1 est déjà levée.</translation>
    </message>
    <message>
        <source>%1 may not acknowledge MVA alarms.</source>
        <translation>%1 ne peut pas acquitter les alarmes MVA.</translation>
    </message>
    <message>
        <source>MVA alarm %1 was already acknowledged by %2 at %3.</source>
        <translation>L&apos;alarme MVA %1 a déjà été acquittée par %2 à %3.</translation>
    </message>
    <message>
        <source>%1 may not shelve MVA alarms (a supervisor or QA may).</source>
        <translation>%1 n&apos;a pas le droit de mettre en sommeil des alarmes MVA (un superviseur ou l&apos;AQ le peut).</translation>
    </message>
    <message>
        <source>Shelving an alarm needs a reason.</source>
        <translation>La mise en sommeil d&apos;une alarme demande une justification.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>La justification dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Shelving needs a time limit of 1 to %1 minutes, not %2.</source>
        <translation>La mise en sommeil demande une durée limite de 1 à %1 minutes, pas %2.</translation>
    </message>
    <message>
        <source>MVA alarm %1 is cleared and acknowledged: nothing to shelve.</source>
        <translation>L&apos;alarme MVA %1 est disparue et acquittée : rien à mettre en sommeil.</translation>
    </message>
    <message>
        <source>MVA alarm %1 is already shelved by %2 until %3.</source>
        <translation>L&apos;alarme MVA %1 est déjà mise en sommeil par %2 jusqu&apos;à %3.</translation>
    </message>
    <message>
        <source>The shelving just recorded cannot be read back.</source>
        <translation>La mise en sommeil qui vient d&apos;être enregistrée ne peut pas être relue.</translation>
    </message>
    <message>
        <source>%1 may not unshelve MVA alarms (a supervisor or QA may).</source>
        <translation>%1 n&apos;a pas le droit de réactiver des alarmes MVA en sommeil (un superviseur ou l&apos;AQ le peut).</translation>
    </message>
    <message>
        <source>MVA alarm %1 is not shelved.</source>
        <translation>L&apos;alarme MVA %1 n&apos;est pas en sommeil.</translation>
    </message>
    <message>
        <source>The shelving cannot be read back.</source>
        <translation>La mise en sommeil ne peut pas être relue.</translation>
    </message>
</context>
<context>
    <name>batch::mva::ModelRepository</name>
    <message>
        <source>%1 may not manage MVA models.</source>
        <translation>%1 ne peut pas gérer les modèles MVA.</translation>
    </message>
    <message>
        <source>Model id &apos;%1&apos; must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>L&apos;identifiant de modèle &apos;%1&apos; doit compter 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The model file is not a JSON object: %1</source>
        <translation>Le fichier de modèle n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>approve it</source>
        <translation>l&apos;approuver</translation>
    </message>
    <message>
        <source>The QA approval must be signed by a different person from the one who imported the model (%1).</source>
        <translation>L&apos;approbation AQ doit être signée par une autre personne que celle qui a importé le modèle (%1).</translation>
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
        <translation>Le modèle MVA %1 n&apos;a pas de version approuvée ; un modèle ne sert à la surveillance qu&apos;après approbation AQ.</translation>
    </message>
    <message>
        <source>The stored MVA model %1 version %2 fails its check: %3.</source>
        <translation>Le modèle MVA enregistré %1 version %2 échoue à sa vérification : %3.</translation>
    </message>
    <message>
        <source>MVA model %1 version %2 is %3: it cannot be used for monitoring.</source>
        <translation>Le modèle MVA %1 version %2 est %3 : il ne peut pas servir à la surveillance.</translation>
    </message>
</context>
<context>
    <name>batch::mva::ObservationStore</name>
    <message>
        <source>A batch id must have 1 to 128 characters.</source>
        <translation>Un numéro de lot doit avoir de 1 à 128 caractères.</translation>
    </message>
    <message>
        <source>An MVA monitoring run stores 1 to %1 columns, not %2.</source>
        <translation>Une surveillance MVA enregistre de 1 à %1 colonnes, pas %2.</translation>
    </message>
    <message>
        <source>Batch %1 is already monitored with model %2.</source>
        <translation>Le lot %1 est déjà surveillé avec le modèle %2.</translation>
    </message>
    <message>
        <source>The MVA observations of batch %1 (model %2) are sealed.</source>
        <translation>Les observations MVA du lot %1 (modèle %2) sont scellées.</translation>
    </message>
    <message>
        <source>Batch %1 reached the bound of %2 stored MVA observations.</source>
        <translation>Le lot %1 a atteint la limite de %2 observations MVA enregistrées.</translation>
    </message>
    <message>
        <source>Observation %1 of batch %2: maturity %3 does not increase (the last one was %4).</source>
        <translation>Observation %1 du lot %2 : la maturité %3 n&apos;augmente pas (la dernière était %4).</translation>
    </message>
    <message>
        <source>Batch %1 holds more than %2 stored MVA observations.</source>
        <translation>Le lot %1 contient plus de %2 observations MVA enregistrées.</translation>
    </message>
    <message>
        <source>Stored MVA observation %1 of batch %2 has %3 bytes, not %4.</source>
        <translation>L&apos;observation MVA enregistrée %1 du lot %2 a %3 octets, pas %4.</translation>
    </message>
    <message>
        <source>the monitoring run does not match its MvaMonitoringStarted event (seq %1)</source>
        <translation>la surveillance ne correspond pas à son événement MvaMonitoringStarted (seq %1)</translation>
    </message>
    <message>
        <source>observation %1 is missing</source>
        <translation>l&apos;observation %1 manque</translation>
    </message>
    <message>
        <source>observation %1 has %2 bytes of values, not %3</source>
        <translation>l&apos;observation %1 a %2 octets de valeurs, pas %3</translation>
    </message>
    <message>
        <source>observation %1 was changed (its row hash does not match)</source>
        <translation>l&apos;observation %1 a été modifiée (son empreinte de ligne ne correspond pas)</translation>
    </message>
    <message>
        <source>the alarm event at seq %1 refers to observation %2, but only %3 are stored</source>
        <translation>l&apos;événement d&apos;alarme à seq %1 renvoie à l&apos;observation %2, mais seules %3 sont enregistrées</translation>
    </message>
    <message>
        <source>observations %1 to %2 were changed and re-hashed (the digest the alarm event at seq %3 recorded after observation %2 differs)</source>
        <translation>les observations %1 à %2 ont été modifiées et réempreintées (le condensé enregistré par l&apos;événement d&apos;alarme à seq %3 après l&apos;observation %2 diffère)</translation>
    </message>
    <message>
        <source>the seal event (seq %1) is missing or of another run</source>
        <translation>l&apos;événement de scellement (seq %1) manque ou appartient à une autre surveillance</translation>
    </message>
    <message>
        <source>%1 observations are stored, the seal recorded %2</source>
        <translation>%1 observations sont enregistrées, le scellement en a enregistré %2</translation>
    </message>
    <message>
        <source>observations %1 to %2 were changed and re-hashed (the digest differs from the one sealed at seq %3)</source>
        <translation>les observations %1 à %2 ont été modifiées et réempreintées (le condensé diffère de celui scellé à seq %3)</translation>
    </message>
</context>
<context>
    <name>batch::mva::OnlineMonitor</name>
    <message>
        <source>Batch %1 was monitored with %2 to its end (sealed at %3); it cannot be monitored again.</source>
        <translation>Le lot %1 a été surveillé avec %2 jusqu&apos;à sa fin (scellé à %3) ; il ne peut pas être surveillé à nouveau.</translation>
    </message>
    <message>
        <source>Observation at %1 %2 refused: the stored observations of batch %3 %4.</source>
        <translation>Observation à %1 %2 refusée : les observations enregistrées du lot %3 %4.</translation>
    </message>
    <message>
        <source>are sealed</source>
        <translation>sont scellées</translation>
    </message>
    <message>
        <source>must advance in maturity</source>
        <translation>doivent progresser en maturité</translation>
    </message>
</context>
<context>
    <name>batch::mva::SimulatorSource</name>
    <message>
        <source>fluid-bed simulator (%1 observations)</source>
        <translation>simulateur de lit fluidisé (%1 observations)</translation>
    </message>
</context>
<context>
    <name>batch::review</name>
    <message>
        <source>low %1, high %2</source>
        <translation>bas %1, haut %2</translation>
    </message>
    <message>
        <source>min %1 s, max %2 s</source>
        <translation>min %1 s, max %2 s</translation>
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
        <source>%1 is required.</source>
        <translation>%1 est requis.</translation>
    </message>
    <message>
        <source>%1 is longer than 4000 characters.</source>
        <translation>%1 dépasse 4000 caractères.</translation>
    </message>
    <message>
        <source>Batch %1 is %2: only a finished batch can be dispositioned.</source>
        <translation>Le lot %1 est %2 : seule une décision sur un lot terminé est possible.</translation>
    </message>
    <message>
        <source>Batch %1 was already dispositioned (%2) by %3 at %4.</source>
        <translation>Le lot %1 a déjà fait l&apos;objet d&apos;une décision (%2) par %3 le %4.</translation>
    </message>
    <message>
        <source>Batch %1 is already in quarantine.</source>
        <translation>Le lot %1 est déjà en quarantaine.</translation>
    </message>
    <message>
        <source>The record of batch %1 does not verify (rows %2; signatures %3); run the audit trail verification.</source>
        <translation>Le dossier du lot %1 ne se vérifie pas (lignes %2 ; signatures %3) ; lancez la vérification de la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 exception(s) not reviewed yet: %2.</source>
        <translation>%1 exception(s) pas encore revue(s) : %2.</translation>
    </message>
    <message>
        <source>%1 deviation(s) not closed yet: %2.</source>
        <translation>%1 déviation(s) pas encore clôturée(s) : %2.</translation>
    </message>
    <message>
        <source>%1 executed or verified steps of batch %2; the disposition must be signed by someone independent of its execution.</source>
        <translation>%1 a exécuté ou vérifié des étapes du lot %2 ; la décision doit être signée par une personne indépendante de son exécution.</translation>
    </message>
</context>
<context>
    <name>batch::review::ExceptionContext</name>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
</context>
<context>
    <name>batch::review::ReviewService</name>
    <message>
        <source>There is no batch %1.</source>
        <translation>Il n&apos;y a pas de lot %1.</translation>
    </message>
    <message>
        <source>A review comment</source>
        <translation>Un commentaire de revue</translation>
    </message>
    <message>
        <source>Batch %1 is %2: review by exception starts when the batch is finished.</source>
        <translation>Le lot %1 est %2 : la revue par exception commence quand le lot est terminé.</translation>
    </message>
    <message>
        <source>Batch %1 has no exception %2.</source>
        <translation>Le lot %1 n&apos;a pas d&apos;exception %2.</translation>
    </message>
    <message>
        <source>Exception %1 was already reviewed by %2 at %3.</source>
        <translation>L&apos;exception %1 a déjà été revue par %2 le %3.</translation>
    </message>
    <message>
        <source>The record of exception %1 does not match its hash; it cannot be signed.</source>
        <translation>L&apos;enregistrement de l&apos;exception %1 ne correspond pas à son empreinte ; il ne peut pas être signé.</translation>
    </message>
    <message>
        <source>%1 recorded exception %2; another reviewer must review it.</source>
        <translation>%1 a enregistré l&apos;exception %2 ; un autre réviseur doit la revoir.</translation>
    </message>
    <message>
        <source>The root cause</source>
        <translation>La cause racine</translation>
    </message>
    <message>
        <source>The corrective and preventive action (CAPA)</source>
        <translation>L&apos;action corrective et préventive (CAPA)</translation>
    </message>
    <message>
        <source>Closing a deviation needs the handle_deviations permission; %1 does not hold it.</source>
        <translation>La clôture d&apos;une déviation demande la permission handle_deviations ; %1 ne l&apos;a pas.</translation>
    </message>
    <message>
        <source>Batch %1 has no deviation %2.</source>
        <translation>Le lot %1 n&apos;a pas de déviation %2.</translation>
    </message>
    <message>
        <source>Deviation %1 was already closed by %2 at %3.</source>
        <translation>La déviation %1 a déjà été clôturée par %2 le %3.</translation>
    </message>
    <message>
        <source>Batch %1 was dispositioned (%2); its record is closed.</source>
        <translation>Le lot %1 a fait l&apos;objet d&apos;une décision (%2) ; son dossier est clos.</translation>
    </message>
    <message>
        <source>%1 raised deviation %2; someone else must close it.</source>
        <translation>%1 a déclaré la déviation %2 ; quelqu&apos;un d&apos;autre doit la clôturer.</translation>
    </message>
    <message>
        <source>The record of deviation %1 does not verify.</source>
        <translation>L&apos;enregistrement de la déviation %1 ne se vérifie pas.</translation>
    </message>
    <message>
        <source>%1 may not disposition batches (needs release_batches).</source>
        <translation>%1 n&apos;a pas le droit de décider du sort des lots (il faut release_batches).</translation>
    </message>
    <message>
        <source>A reason for this decision</source>
        <translation>Une justification de cette décision</translation>
    </message>
    <message>
        <source>Only an administrator may change site settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres du site.</translation>
    </message>
    <message>
        <source>A reason for this change</source>
        <translation>Une justification de cette modification</translation>
    </message>
</context>
<context>
    <name>batch::ui::AcknowledgeInput</name>
    <message>
        <source>Done — I have carried this out</source>
        <translation>Fait — je l&apos;ai réalisé</translation>
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
        <translation>Identifiant de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enter the user ID and the password.</source>
        <translation>Saisissez l&apos;identifiant et le mot de passe.</translation>
    </message>
    <message>
        <source>User ID or password is wrong.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Only an administrator can close the station; %1 is not one.</source>
        <translation>Seul un administrateur peut fermer le poste ; %1 n&apos;en est pas un.</translation>
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
        <translation>Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types d&apos;événements</translation>
    </message>
    <message>
        <source>Showing the newest %1 events. Narrow the filter to see older ones.</source>
        <translation>Affichage des %1 événements les plus récents. Affinez le filtre pour voir les plus anciens.</translation>
    </message>
    <message>
        <source>Events shown: %1, newest first.</source>
        <translation>Événements affichés : %1, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verifying the audit trail. You can keep working.</source>
        <translation>Vérification de la piste d&apos;audit. Vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>The verification could not run: %1</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter : %1</translation>
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
        <translation>Aucun dossier maître de lot n&apos;est en vigueur sur ce poste : aucun lot ne peut être démarré.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Personne n&apos;est connecté.</translation>
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
        <translation>L&apos;utilisateur %1 doit définir un nouveau mot de passe avant de se connecter.</translation>
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
        <translation>Valeur qui n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
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
        <translation>Sélectionnez un événement dans la liste pour voir tout ce qu&apos;il a enregistré.</translation>
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
        <translation>Identifiant d&apos;événement</translation>
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
    <name>batch::ui::ExportJob</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Batch record of %1 written to %2 (%3 pages).</source>
        <translation>Dossier de lot de %1 écrit dans %2 (%3 pages).</translation>
    </message>
    <message>
        <source>The MBR of batch %1 cannot be loaded.</source>
        <translation>Le MBR du lot %1 ne peut pas être chargé.</translation>
    </message>
    <message>
        <source>%1 export of %2 written to %3 (%4 bytes).</source>
        <translation>Export %1 de %2 écrit dans %3 (%4 octets).</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé ; aucun fichier n&apos;a été écrit.</translation>
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
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Read every recorded event and verify the integrity of the record.</source>
        <translation>Lire chaque événement enregistré et vérifier l&apos;intégrité de l&apos;enregistrement.</translation>
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
        <translation>L&apos;écran se verrouille après %1 min sans saisie.</translation>
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
        <source>Watch every station&apos;s batches, exceptions and trends live.</source>
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
    <message>
        <source>QA review</source>
        <translation>Revue AQ</translation>
    </message>
    <message>
        <source>Review finished batches by exception and release them.</source>
        <translation>Revoir les lots terminés par exception et les libérer.</translation>
    </message>
    <message>
        <source>Sampling and lots</source>
        <translation>Échantillonnage et lots</translation>
    </message>
    <message>
        <source>Lots with their sampling decision, variant qualification, sampling plans.</source>
        <translation>Lots, décision d&apos;échantillonnage, variantes et plans.</translation>
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
        <translation>Seul un administrateur peut ouvrir une session verrouillée par un autre utilisateur. Le changement est enregistré dans la piste d&apos;audit.</translation>
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
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Enter the user ID and password.</source>
        <translation>Saisissez l&apos;identifiant et le mot de passe.</translation>
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
    <name>batch::ui::LotCreationDialog</name>
    <message>
        <source>New lot</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>next number</source>
        <translation>numéro suivant</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Organisation (supplier, manufacturer)</source>
        <translation>Organisation (fournisseur, fabricant)</translation>
    </message>
    <message>
        <source>Lot size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <source>Lot ID (optional)</source>
        <translation>Numéro de lot (facultatif)</translation>
    </message>
    <message>
        <source>An organisation without a variant of its own is sampled as an unknown supplier (the product&apos;s wildcard variant).</source>
        <translation>Une organisation sans variante propre est échantillonnée comme fournisseur inconnu (la variante générique du produit).</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Tests and count rule</source>
        <translation>Essais et règle de nombre</translation>
    </message>
    <message>
        <source>Sampling decision</source>
        <translation>Décision d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Create lot</source>
        <translation>Créer le lot</translation>
    </message>
    <message>
        <source>The station shows its sampling decision before the lot is created: the level, why, and the samples to take.</source>
        <translation>La station montre sa décision d&apos;échantillonnage avant la création du lot : le niveau, la raison et les échantillons à prélever.</translation>
    </message>
    <message>
        <source>Level: -</source>
        <translation>Niveau : -</translation>
    </message>
    <message>
        <source>Enter the product, the organisation and the lot size.</source>
        <translation>Saisissez le produit, l&apos;organisation et la taille du lot.</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Niveau : %1</translation>
    </message>
    <message>
        <source>Variant %1 (wildcard: unknown supplier), %2</source>
        <translation>Variante %1 (générique : fournisseur inconnu), %2</translation>
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
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <source>New lot...</source>
        <translation>Nouveau lot…</translation>
    </message>
    <message>
        <source>Lots received and tested at this station, newest first.</source>
        <translation>Lots réceptionnés et contrôlés à cette station, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>%1, %2 OOS</source>
        <translation>%1, %2 OOS</translation>
    </message>
    <message>
        <source>No lots yet.</source>
        <translation>Pas encore de lot.</translation>
    </message>
    <message>
        <source>%1: signed by %2 (%3), %4 UTC, meaning %5</source>
        <translation>%1 : signé par %2 (%3), %4 UTC, signification %5</translation>
    </message>
    <message>
        <source>Lot %1 created: %2</source>
        <translation>Lot %1 créé : %2</translation>
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
        <translation>Piste d&apos;audit</translation>
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
    <message>
        <source>QA review</source>
        <translation>Revue AQ</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
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
        <translation>Cette valeur est attendue d&apos;un instrument de la classe %1. Une valeur saisie à la main est enregistrée comme exception.</translation>
    </message>
    <message>
        <source>Confirm value</source>
        <translation>Confirmer la valeur</translation>
    </message>
    <message>
        <source>Capture from the instrument instead</source>
        <translation>Reprendre plutôt de l&apos;instrument</translation>
    </message>
    <message>
        <source>Read the value off the display of instrument %1 (class %2) when it is stable, and enter it.</source>
        <translation>Relevez la valeur sur l&apos;affichage de l&apos;instrument %1 (classe %2) quand elle est stable, et saisissez-la.</translation>
    </message>
    <message>
        <source>Read the value off the display of the instrument (class %1) when it is stable, and enter it.</source>
        <translation>Relevez la valeur sur l&apos;affichage de l&apos;instrument (classe %1) quand elle est stable, et saisissez-la.</translation>
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
        <translation>Saisissez l&apos;identifiant et le mot de passe de la personne qui autorise.</translation>
    </message>
</context>
<context>
    <name>batch::ui::ReviewWorkspace</name>
    <message>
        <source>Review exception %1</source>
        <translation>Revoir l&apos;exception %1</translation>
    </message>
    <message>
        <source>Review comment (assessment and impact)</source>
        <translation>Commentaire de revue (évaluation et impact)</translation>
    </message>
    <message>
        <source>Close deviation %1</source>
        <translation>Clôturer la déviation %1</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Corrective and preventive action (CAPA)</source>
        <translation>Action corrective et préventive (CAPA)</translation>
    </message>
    <message>
        <source>Disposition of batch %1</source>
        <translation>Décision sur le lot %1</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Full record of batch %1</source>
        <translation>Dossier complet du lot %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export batch %1</source>
        <translation>Exporter le lot %1</translation>
    </message>
    <message>
        <source>PDF batch record</source>
        <translation>Dossier de lot PDF</translation>
    </message>
    <message>
        <source>JSON event log (verifiable offline)</source>
        <translation>Journal d&apos;événements JSON (vérifiable hors ligne)</translation>
    </message>
    <message>
        <source>CSV of the recorded values</source>
        <translation>CSV des valeurs enregistrées</translation>
    </message>
    <message>
        <source>BatchML BatchProductionRecord</source>
        <translation>BatchML BatchProductionRecord</translation>
    </message>
    <message>
        <source>BatchML MasterRecipe of the MBR</source>
        <translation>BatchML MasterRecipe du MBR</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting the record of batch %1 (%2)…</source>
        <translation>Export du dossier du lot %1 (%2)…</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <source>Choose a batch to review.</source>
        <translation>Choisissez un lot à revoir.</translation>
    </message>
    <message>
        <source>Disposition…</source>
        <translation>Décision…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Full record</source>
        <translation>Dossier complet</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Déviations</translation>
    </message>
    <message>
        <source>Verified compliant</source>
        <translation>Vérifié conforme</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Batches awaiting review</source>
        <translation>Lots en attente de revue</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revoir…</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Déviation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Déclarée par</translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation>Poursuite</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Close deviation…</source>
        <translation>Clôturer la déviation…</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Type d&apos;étape</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>With exceptions</source>
        <translation>Avec exceptions</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Valid signatures</source>
        <translation>Signatures valides</translation>
    </message>
    <message>
        <source>Open the full record</source>
        <translation>Ouvrir le dossier complet</translation>
    </message>
    <message>
        <source>Everything that is not an exception: completed, intact and signed as required.</source>
        <translation>Tout ce qui n&apos;est pas une exception : terminé, intact et signé comme requis.</translation>
    </message>
    <message>
        <source>user, step, value or text</source>
        <translation>utilisateur, étape, valeur ou texte</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>%1 %2 — MBR %3 %4 — finished %5</source>
        <translation>%1 %2 — MBR %3 %4 — terminé %5</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 ouverte(s)</translation>
    </message>
    <message>
        <source>%1 of %2 exceptions not reviewed</source>
        <translation>%1 exceptions sur %2 non revues</translation>
    </message>
    <message>
        <source>%1 of %2 deviations not closed</source>
        <translation>%1 déviations sur %2 non clôturées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) awaiting review.</source>
        <translation>
            <numerusform>%n lot en attente de revue.</numerusform>
            <numerusform>%n lots en attente de revue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>%1 %2 · MBR %3 %4 · size %5 %6 · started %7 by %8 · %9 · record hash %10</source>
        <translation>%1 %2 · MBR %3 %4 · taille %5 %6 · démarré %7 par %8 · %9 · empreinte du dossier %10</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>terminé %1</translation>
    </message>
    <message>
        <source>Dispositioned: %1 — %2</source>
        <translation>Décision : %1 — %2</translation>
    </message>
    <message>
        <source>Ready for disposition: every exception reviewed, every deviation closed.</source>
        <translation>Prêt pour la décision : chaque exception revue, chaque déviation clôturée.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERTE</translation>
    </message>
    <message>
        <source>Exceptions (%1 open)</source>
        <translation>Exceptions (%1 ouvertes)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Deviations (%1 open)</source>
        <translation>Déviations (%1 ouvertes)</translation>
    </message>
    <message>
        <source>Record intact: %1 events, row hashes match; %2 signatures bind their content.</source>
        <translation>Dossier intact : %1 événements, les empreintes de ligne concordent ; %2 signatures lient leur contenu.</translation>
    </message>
    <message>
        <source>RECORD DAMAGED — rows %1; signatures %2</source>
        <translation>DOSSIER ENDOMMAGÉ — lignes %1 ; signatures %2</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types d&apos;événement</translation>
    </message>
    <message>
        <source>%1 of %2 events of this batch, in the order they were recorded.</source>
        <translation>%1 des %2 événements de ce lot, dans l&apos;ordre d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No exceptions were recorded for this batch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune exception n&apos;a été enregistrée pour ce lot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No deviations were raised in this batch.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune déviation n&apos;a été déclarée dans ce lot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SIMULATED INSTRUMENTS: %1 value(s) were read from simulated instruments (%2).</source>
        <translation>INSTRUMENTS SIMULÉS : %1 valeur(s) ont été lues sur des instruments simulés (%2).</translation>
    </message>
    <message>
        <source>Multivariate</source>
        <translation>Multivariée</translation>
    </message>
    <message>
        <source>Multivariate (not monitored)</source>
        <translation>Multivariée (lot non surveillé)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Batch %1
%2</source>
        <translation>Lot %1
%2</translation>
    </message>
    <message>
        <source>Deviation %1 · %2</source>
        <translation>Déviation %1 · %2</translation>
    </message>
    <message>
        <source>Batch %1, step %2
%3</source>
        <translation>Lot %1, étape %2
%3</translation>
    </message>
    <message>
        <source>Closing comment</source>
        <translation>Commentaire de clôture</translation>
    </message>
    <message>
        <source>Batch %1 · %2 %3</source>
        <translation>Lot %1 · %2 %3</translation>
    </message>
    <message>
        <source>The batch record as reviewed, every event up to now.
Record hash (SHA-256): %1</source>
        <translation>Le dossier de lot tel que revu, chaque événement jusqu’à maintenant.
Empreinte du dossier (SHA-256) : %1</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>Required to reject or quarantine the batch</source>
        <translation>Obligatoire pour refuser le lot ou le mettre en quarantaine</translation>
    </message>
</context>
<context>
    <name>batch::ui::SamplingPlanEditor</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Full / Reduced</source>
        <translation>Complet / Réduit</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Same as Full</source>
        <translation>Comme complet</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <source>Range table</source>
        <translation>Table de plages</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Named rule</source>
        <translation>Règle nommée</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>p. ex. 3</translation>
    </message>
    <message>
        <source>e.g. 1-10: 2; 11-100: 3; 101+: 5</source>
        <translation>p. ex. 1-10: 2; 11-100: 3; 101+: 5</translation>
    </message>
    <message>
        <source>e.g. ceil(sqrt(N)) + 1</source>
        <translation>p. ex. ceil(sqrt(N)) + 1</translation>
    </message>
    <message>
        <source>name of a shared count rule</source>
        <translation>nom d&apos;une règle de nombre partagée</translation>
    </message>
    <message>
        <source>Apply to source</source>
        <translation>Appliquer à la source</translation>
    </message>
    <message>
        <source>Reason for the change (recorded), e.g. change control number</source>
        <translation>Justification de la modification (enregistrée), p. ex. numéro de maîtrise des changements</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Read-only: only an administrator changes sampling plans.</source>
        <translation>Lecture seule : seul un administrateur modifie les plans d&apos;échantillonnage.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Samples to take from a lot of N units:</source>
        <translation>Échantillons à prélever d&apos;un lot de N unités :</translation>
    </message>
    <message>
        <source>At Full</source>
        <translation>En complet</translation>
    </message>
    <message>
        <source>At Reduced</source>
        <translation>En réduit</translation>
    </message>
    <message>
        <source>Tests of the sample template (the product&apos;s specification)</source>
        <translation>Essais du modèle d&apos;échantillon (la spécification du produit)</translation>
    </message>
    <message>
        <source>Preview for a lot of</source>
        <translation>Aperçu pour un lot de</translation>
    </message>
    <message>
        <source>Product %1 - %2 (%3 per lot), plan version %4</source>
        <translation>Produit %1 - %2 (%3 par lot), version du plan %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (count %2)</source>
        <translation>%1 (nombre %2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Réduit</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Source %1 changed; save the plan to put it in force.</source>
        <translation>Source %1 modifiée ; enregistrez le plan pour le mettre en vigueur.</translation>
    </message>
    <message>
        <source>Enter a lot size.</source>
        <translation>Saisissez une taille de lot.</translation>
    </message>
    <message>
        <source>%1 %2 at %3: %4 samples, %5 tests (%6)</source>
        <translation>%1 %2 à %3 : %4 échantillons, %5 essais (%6)</translation>
    </message>
    <message>
        <source>Give a reason for the change (it is recorded).</source>
        <translation>Indiquez une justification de la modification (elle est enregistrée).</translation>
    </message>
    <message>
        <source>Plan %1 is unchanged (version %2).</source>
        <translation>Le plan %1 est inchangé (version %2).</translation>
    </message>
    <message>
        <source>Plan %1 saved as version %2.</source>
        <translation>Plan %1 enregistré en version %2.</translation>
    </message>
</context>
<context>
    <name>batch::ui::SamplingWorkspace</name>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Variants and qualification</source>
        <translation>Variantes et qualification</translation>
    </message>
    <message>
        <source>Sampling plans</source>
        <translation>Plans d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
</context>
<context>
    <name>batch::ui::ScanInput</name>
    <message>
        <source>Scan the label of the container of %1 — %2</source>
        <translation>Scannez l&apos;étiquette du contenant de %1 — %2</translation>
    </message>
    <message>
        <source>Scan the equipment label: %1 — %2</source>
        <translation>Scannez l&apos;étiquette de l&apos;équipement : %1 — %2</translation>
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
        <translation>Scannez maintenant ou tapez l&apos;identifiant</translation>
    </message>
    <message>
        <source>Use the printed label id</source>
        <translation>Utiliser l&apos;identifiant de l&apos;étiquette imprimée</translation>
    </message>
    <message>
        <source>Label id of the printed label.</source>
        <translation>Identifiant de l&apos;étiquette imprimée.</translation>
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
        <source>User ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
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
        <source>Printed name: —</source>
        <translation>Nom en clair : —</translation>
    </message>
    <message>
        <source>Enter the user ID and the password.</source>
        <translation>Saisissez l&apos;identifiant et le mot de passe.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Your electronic signature is the legally binding equivalent of your handwritten signature. It is recorded with your printed name, the date and time, and its meaning.</source>
        <translation>Votre signature électronique est l’équivalent juridiquement contraignant de votre signature manuscrite. Elle est enregistrée avec votre nom en clair, la date et l’heure, et sa signification.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Meaning: %1</source>
        <translation>Signification : %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>%1 is required to sign.</source>
        <translation>%1 est obligatoire pour signer.</translation>
    </message>
    <message>
        <source>A comment</source>
        <translation>Un commentaire</translation>
    </message>
    <message>
        <source>Enter your user ID and password to sign: only %1, who is signed in, can sign here.</source>
        <translation>Saisissez votre identifiant et votre mot de passe pour signer : seul %1, connecté, peut signer ici.</translation>
    </message>
    <message>
        <source>Printed name: %1 (%2)</source>
        <translation>Nom en clair : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is signed in: only %1 can sign here, with their own user ID.</source>
        <translation>%1 est connecté : seul %1 peut signer ici, avec son propre identifiant.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this station.</source>
        <translation>Personne n’est connecté sur ce poste.</translation>
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
    <message numerus="yes">
        <source>%n instruments connected</source>
        <translation>
            <numerusform>%n instrument connecté</numerusform>
            <numerusform>%n instruments connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruments connecting</source>
        <translation>
            <numerusform>%n instrument en connexion</numerusform>
            <numerusform>%n instruments en connexion</numerusform>
        </translation>
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
        <translation>Le dossier de ce lot jusqu&apos;ici (lecture seule). Sélectionnez une étape pour voir tout ce qui a été enregistré pour elle.</translation>
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
        <translation>Identifiant d&apos;étape</translation>
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
        <translation>hors des limites d&apos;alerte</translation>
    </message>
    <message>
        <source>outside the action limits</source>
        <translation>hors des limites d&apos;action</translation>
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
        <translation>Hors des limites d&apos;alerte : enregistré comme exception</translation>
    </message>
    <message>
        <source>Outside the action limits: needs an approved deviation</source>
        <translation>Hors des limites d&apos;action : nécessite une déviation approuvée</translation>
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
        <translation>Déviation %1 (%2) déclarée par %3 le %4. Un superviseur signe la poursuite avant que l&apos;étape puisse continuer hors de ses limites.</translation>
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
        <source>%1 — signature &quot;%2&quot;</source>
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
        <source>Batch %1 is on hold: %2. Releasing a hold is a decision about the batch, usually a supervisor&apos;s.</source>
        <translation>Le lot %1 est en attente : %2. Lever une mise en attente est une décision sur le lot, généralement celle d&apos;un superviseur.</translation>
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
        <translation>Aucune étape du lot %1 ne peut être exécutée tant qu&apos;il est en attente.</translation>
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
        <translation>Correction de %1 enregistrée ; l&apos;ancienne valeur reste dans le dossier.</translation>
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
Ce qui s&apos;est passé : %4
Action immédiate : %5
Déclarée par %6 le %7</translation>
    </message>
    <message>
        <source>Value that could not be recorded: %1</source>
        <translation>Valeur qui n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>A supervisor who did not raise the deviation signs the continuation.</source>
        <translation>Un superviseur qui n&apos;a pas déclaré la déviation signe la poursuite.</translation>
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
        <translation>Dossier jusqu&apos;ici</translation>
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
        <translation>L&apos;image %1 n&apos;est pas disponible sur ce poste.</translation>
    </message>
    <message>
        <source>Batch %1 is finished: every step is recorded.</source>
        <translation>Le lot %1 est terminé : toutes les étapes sont enregistrées.</translation>
    </message>
    <message>
        <source>Back to the step</source>
        <translation>Retour à l&apos;étape</translation>
    </message>
    <message>
        <source>Ask a supervisor for an override…</source>
        <translation>Demander une dérogation à un superviseur…</translation>
    </message>
    <message>
        <source>Override: manual entry on step %1</source>
        <translation>Dérogation : saisie manuelle à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Batch %1, step %2
The value is entered by hand instead of being captured from an instrument of class %3.
Requested by %4</source>
        <translation>Lot %1, étape %2
La valeur est saisie à la main au lieu d&apos;être relevée sur un instrument de classe %3.
Demandée par %4</translation>
    </message>
    <message>
        <source>Value to be entered: %1</source>
        <translation>Valeur à saisir : %1</translation>
    </message>
    <message>
        <source>The override was recorded without a signature.</source>
        <translation>La dérogation a été enregistrée sans signature.</translation>
    </message>
    <message>
        <source>Override signed: %1. Enter the value again and confirm it.</source>
        <translation>Dérogation signée : %1. Saisissez à nouveau la valeur et confirmez-la.</translation>
    </message>
    <message>
        <source>Sign in to capture.</source>
        <translation>Connectez-vous pour enregistrer.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Signé.</translation>
    </message>
    <message>
        <source>A supervisor other than you signs the override.</source>
        <translation>Un superviseur autre que vous signe la dérogation.</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>Why the instrument cannot be used</source>
        <translation>Pourquoi l’instrument ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Nobody is signed in at this station.</source>
        <translation>Personne n’est connecté sur ce poste.</translation>
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
        <translation>Décalage d&apos;horloge</translation>
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
        <translation>Tendance d&apos;instrument</translation>
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
        <translation>%1 pas encore dans l&apos;ordre</translation>
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
        <translation>Aucune valeur d&apos;instrument enregistrée pour l&apos;instant</translation>
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
        <translation>Aucun instrument n&apos;est connecté à ce poste : il n&apos;y a pas de tendance à afficher.</translation>
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
    <name>batch::ui::VariantHistoryView</name>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Approve promotion...</source>
        <translation>Approuver la promotion…</translation>
    </message>
    <message>
        <source>Every state change with its reason</source>
        <translation>Chaque changement d&apos;état avec sa justification</translation>
    </message>
    <message>
        <source> (promotion due)</source>
        <translation> (promotion due)</translation>
    </message>
    <message>
        <source>%1, any other supplier</source>
        <translation>%1, tout autre fournisseur</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 - %2 from unknown suppliers</source>
        <translation>%1 - %2 de fournisseurs inconnus</translation>
    </message>
    <message>
        <source>%1 - %2 from %3</source>
        <translation>%1 - %2 de %3</translation>
    </message>
    <message>
        <source>%1 since %2 UTC, rule %3, plan %4</source>
        <translation>%1 depuis %2 UTC, règle %3, plan %4</translation>
    </message>
    <message>
        <source>Promotion to %1 is due (%2) and waits for a QA approval signature.</source>
        <translation>La promotion à %1 est due (%2) et attend une signature d&apos;approbation de l&apos;AQ.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Promotion %1 → %2 proposed</source>
        <translation>Promotion %1 → %2 proposée</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Données de base</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvé par %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approve a promotion</source>
        <translation>Approuver une promotion</translation>
    </message>
    <message>
        <source>Variant %1: %2 → %3</source>
        <translation>Variante %1 : %2 → %3</translation>
    </message>
    <message>
        <source>Promotion of variant %1 (%2) from %3 to %4.
Why it is due: %5
Qualification rule %6, sampling plan %7.</source>
        <translation>Promotion de la variante %1 (%2) de %3 à %4.
Pourquoi elle est due : %5
Règle de qualification %6, plan d’échantillonnage %7.</translation>
    </message>
</context>
<context>
    <name>batch::ui::VariantStateChart</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lot released</source>
        <translation>Lot libéré</translation>
    </message>
    <message>
        <source>Lot rejected</source>
        <translation>Lot refusé</translation>
    </message>
    <message>
        <source>Lot open</source>
        <translation>Lot ouvert</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
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
        <translation>Aucune balance de la classe %1 n&apos;est connectée à ce poste.</translation>
    </message>
    <message>
        <source>No balance of class %1 is connected. The weight cannot be captured; ask for the balance to be connected, or raise a deviation.</source>
        <translation>Aucune balance de la classe %1 n&apos;est connectée. Le poids ne peut pas être enregistré ; faites connecter la balance ou déclarez une déviation.</translation>
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
        <translation>État d&apos;étalonnage inconnu : aucune fiche dans le fichier des instruments</translation>
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
        <translation>La balance n&apos;a pas taré : %1</translation>
    </message>
    <message>
        <source>The balance did not zero: %1</source>
        <translation>La balance n&apos;a pas fait le zéro : %1</translation>
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
        <translation>La balance %1 a été refusée : ce n&apos;est pas l&apos;instrument enregistré (%2).</translation>
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
        <translation>Hors des limites d&apos;action</translation>
    </message>
    <message>
        <source>Outside the alert limits</source>
        <translation>Hors des limites d&apos;alerte</translation>
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
    <message>
        <source>The balance gave no weight to capture: %1</source>
        <translation>La balance n&apos;a fourni aucun poids à enregistrer : %1</translation>
    </message>
    <message>
        <source>Capturing the weight of balance %1…</source>
        <translation>Enregistrement du poids de la balance %1…</translation>
    </message>
    <message>
        <source>Balance %1 is taring or zeroing…</source>
        <translation>La balance %1 tare ou se remet à zéro…</translation>
    </message>
    <message>
        <source>The tare in force is not known (%1): empty the pan, press Zero, then tare the container.</source>
        <translation>La tare en vigueur n&apos;est pas connue (%1) : videz le plateau, appuyez sur Zéro, puis tarez le récipient.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>The captured weight was not accepted: %1</source>
        <translation>Le poids relevé n&apos;a pas été accepté : %1</translation>
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
        <translation>Contributions : touchez un point dans n&apos;importe quel graphique</translation>
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
        <source>&lt;span style=&apos;color:#1f4e8c&apos;&gt;━━&lt;/span&gt; this batch &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#b07f00&apos;&gt;╍╍&lt;/span&gt; 95 % limit &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;╍╍&lt;/span&gt; 99 % limit / ellipse &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;■&lt;/span&gt; alarm: beyond the 99 % limit or ± 3 SD &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#8d9399&apos;&gt;▒&lt;/span&gt; average batch ± 3 SD &amp;nbsp;&amp;nbsp; ◯ selected point (click any point)</source>
        <translation>&lt;span style=&apos;color:#1f4e8c&apos;&gt;━━&lt;/span&gt; ce lot &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#b07f00&apos;&gt;╍╍&lt;/span&gt; limite à 95 % &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;╍╍&lt;/span&gt; limite à 99 % / ellipse &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;■&lt;/span&gt; alarme : au-delà de la limite à 99 % ou de ± 3 ET &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#8d9399&apos;&gt;▒&lt;/span&gt; lot moyen ± 3 ET &amp;nbsp;&amp;nbsp; ◯ point sélectionné (touchez un point)</translation>
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
        <translation>l&apos;écart au lot moyen</translation>
    </message>
    <message>
        <source>Contributions to %1 at %2 %3</source>
        <translation>Contributions à %1 à %2 %3</translation>
    </message>
</context>
<context>
    <name>batch::ui::mva::MvaBatchReview</name>
    <message>
        <source>active, not acknowledged</source>
        <translation>active, non acquittée</translation>
    </message>
    <message>
        <source>active, acknowledged</source>
        <translation>active, acquittée</translation>
    </message>
    <message>
        <source>cleared, not acknowledged</source>
        <translation>disparue, non acquittée</translation>
    </message>
    <message>
        <source>cleared, acknowledged</source>
        <translation>disparue, acquittée</translation>
    </message>
    <message>
        <source>MVA monitoring</source>
        <translation>Surveillance MVA</translation>
    </message>
    <message>
        <source>Raised (UTC)</source>
        <translation>Déclenchée (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <source>Shelved (UTC)</source>
        <translation>Mise en sommeil (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Durée limite</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>MVA alarms</source>
        <translation>Alarmes MVA</translation>
    </message>
    <message>
        <source>Alarm shelving</source>
        <translation>Mise en sommeil d&apos;alarmes</translation>
    </message>
    <message>
        <source>No batch chosen.</source>
        <translation>Aucun lot choisi.</translation>
    </message>
    <message>
        <source>MVA monitoring of batch %1</source>
        <translation>Surveillance MVA du lot %1</translation>
    </message>
    <message>
        <source>The batch&apos;s MVA charts cannot be shown.</source>
        <translation>Les graphiques MVA du lot ne peuvent pas être affichés.</translation>
    </message>
    <message>
        <source>Batch %1 was not monitored with an MVA model.</source>
        <translation>Le lot %1 n&apos;a pas été surveillé avec un modèle MVA.</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>; soft sensor %1 v%2</source>
        <translation> ; capteur logiciel %1 v%2</translation>
    </message>
    <message>
        <source>Model %1 v%2 (approved by %3 at %4 UTC%5)%6 · %7 observations, monitoring started %8 UTC%9</source>
        <translation>Modèle %1 v%2 (approuvé par %3 le %4 UTC%5)%6 · %7 observations, surveillance démarrée %8 UTC%9</translation>
    </message>
    <message>
        <source>, published centrally</source>
        <translation>, publié centralement</translation>
    </message>
    <message>
        <source>, ended %1 UTC</source>
        <translation>, terminée %1 UTC</translation>
    </message>
    <message>
        <source>The %1 stored observations verify against the digest sealed in the record; storage stopped at its bound, later observations were scored live but not stored.</source>
        <translation>Les %1 observations enregistrées concordent avec le condensé scellé dans le dossier ; l&apos;enregistrement s&apos;est arrêté à sa limite, les observations suivantes ont été évaluées en direct mais pas enregistrées.</translation>
    </message>
    <message>
        <source>The %1 stored observations verify against the digest sealed in the record at the end of the batch.</source>
        <translation>Les %1 observations enregistrées concordent avec le condensé scellé dans le dossier à la fin du lot.</translation>
    </message>
    <message>
        <source>Monitoring did not reach the end of the batch: the %1 stored observations are not sealed; only those before the last alarm are covered by a digest in the record.</source>
        <translation>La surveillance n&apos;a pas atteint la fin du lot : les %1 observations enregistrées ne sont pas scellées ; seules celles d&apos;avant la dernière alarme sont couvertes par un condensé dans le dossier.</translation>
    </message>
    <message>
        <source>The stored observations do NOT verify: %1. The charts below cannot be trusted.</source>
        <translation>Les observations enregistrées NE concordent PAS : %1. Les graphiques ci-dessous ne sont pas fiables.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>MVA alarms (%1)</source>
        <translation>Alarmes MVA (%1)</translation>
    </message>
    <message>
        <source>%1 min, until %2</source>
        <translation>%1 min, jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>still shelved</source>
        <translation>toujours en sommeil</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirée %1</translation>
    </message>
    <message>
        <source>unshelved by %1 at %2%3</source>
        <translation>réactivée par %1 à %2%3</translation>
    </message>
    <message>
        <source>Alarm shelving (%1)</source>
        <translation>Mise en sommeil d&apos;alarmes (%1)</translation>
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
        <translation>Dérive de la température d&apos;entrée dès la minute 15</translation>
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
        <source>No approved batch evolution model &apos;%1&apos;.</source>
        <translation>Aucun modèle d&apos;évolution de lot approuvé &apos;%1&apos;.</translation>
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
    <message>
        <source>SHELVED — active</source>
        <translation>EN SOMMEIL — active</translation>
    </message>
    <message>
        <source>SHELVED — cleared</source>
        <translation>EN SOMMEIL — disparue</translation>
    </message>
    <message>
        <source>Monitor live batch</source>
        <translation>Surveiller le lot en cours</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translation>Mettre en sommeil…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>No live instrument feed is available.</source>
        <translation>Aucun flux d&apos;instrument en direct n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Batch %1 with %2 v%3 — observations from the %4</source>
        <translation>Lot %1 avec %2 v%3 — observations du %4</translation>
    </message>
    <message>
        <source>Monitoring of batch %1 resumed with the model version it started with (v%2); %3 observations were already stored.</source>
        <translation>Surveillance du lot %1 reprise avec la version de modèle du début (v%2) ; %3 observations étaient déjà enregistrées.</translation>
    </message>
    <message>
        <source>Monitoring batch %1.</source>
        <translation>Surveillance du lot %1.</translation>
    </message>
    <message>
        <source>Batch %1 ended: %2 observations stored and sealed for its review.</source>
        <translation>Lot %1 terminé : %2 observations enregistrées et scellées pour sa revue.</translation>
    </message>
    <message>
        <source>until %1 by %2: %3</source>
        <translation>jusqu&apos;à %1 par %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n more shelved)</source>
        <translation>
            <numerusform> (%n autre en sommeil)</numerusform>
            <numerusform> (%n autres en sommeil)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MVA alarm(s) of batch %1 shelved: recorded, not annunciated until the shelving ends.</source>
        <translation>
            <numerusform>%n alarme MVA du lot %1 en sommeil : enregistrée, non signalée jusqu&apos;à la fin de la mise en sommeil.</numerusform>
            <numerusform>%n alarmes MVA du lot %1 en sommeil : enregistrées, non signalées jusqu&apos;à la fin de la mise en sommeil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an alarm to shelve.</source>
        <translation>Choisissez une alarme à mettre en sommeil.</translation>
    </message>
    <message>
        <source>Select a shelved alarm.</source>
        <translation>Choisissez une alarme en sommeil.</translation>
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
    <name>batch::ui::mva::ShelveAlarmDialog</name>
    <message>
        <source>Shelve MVA alarm</source>
        <translation>Mettre en sommeil une alarme MVA</translation>
    </message>
    <message>
        <source>Shelve alarm</source>
        <translation>Mettre l&apos;alarme en sommeil</translation>
    </message>
    <message>
        <source>While shelved, this alarm and new alarms of the same condition on this batch are still recorded but do not call for attention. Shelving ends by itself at the time limit. Your name, the reason and the limit are recorded and shown in the batch&apos;s review.</source>
        <translation>Pendant la mise en sommeil, cette alarme et les nouvelles alarmes de la même condition sur ce lot sont toujours enregistrées mais ne demandent pas d&apos;attention. La mise en sommeil prend fin d&apos;elle-même à la durée limite. Votre nom, la justification et la limite sont enregistrés et montrés dans la revue du lot.</translation>
    </message>
    <message>
        <source>Reason (required), e.g. nozzle being cleaned</source>
        <translation>Justification (requise), p. ex. buse en cours de nettoyage</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>Mettre en sommeil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Durée limite</translation>
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
    <name>batch::ui::reviewhtml</name>
    <message>
        <source> — DOES NOT VERIFY</source>
        <translation> — NE SE VÉRIFIE PAS</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Déviation</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Immediate action</source>
        <translation>Action immédiate</translation>
    </message>
    <message>
        <source>Attempted value</source>
        <translation>Valeur tentée</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Déclarée</translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation>Poursuite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>CAPA</source>
        <translation>CAPA</translation>
    </message>
    <message>
        <source>Closing comment</source>
        <translation>Commentaire de clôture</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>OPEN — not closed</source>
        <translation>OUVERTE — non clôturée</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Step (ISA-88)</source>
        <translation>Étape (ISA-88)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>OPEN — not reviewed</source>
        <translation>OUVERTE — non revue</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <source>Linked deviation</source>
        <translation>Déviation liée</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Tel qu&apos;enregistré</translation>
    </message>
    <message>
        <source>Batch record %1</source>
        <translation>Dossier de lot %1</translation>
    </message>
    <message>
        <source>%1 %2 — MBR %3 %4 — batch size %5 %6 — record hash %7</source>
        <translation>%1 %2 — MBR %3 %4 — taille du lot %5 %6 — empreinte du dossier %7</translation>
    </message>
    <message>
        <source>Target / limits</source>
        <translation>Cible / limites</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Exécuté</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>target %1; %2</source>
        <translation>cible %1 ; %2</translation>
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
        <translation>L&apos;action n&apos;a pas pu être terminée :
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
