<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Quick-scan energy audits of industrial sites, in French and in English.</source>
        <translation>Bilans énergétiques rapides de sites industriels, en français et en anglais.</translation>
    </message>
    <message>
        <source>Libraries and their licences:</source>
        <translation>Bibliothèques et leurs licences :</translation>
    </message>
    <message>
        <source>About Energy Audit Workbench</source>
        <translation>À propos de l'Atelier d'audit énergétique</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Energy Audit Workbench</source>
        <translation>Atelier d'audit énergétique</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>{carrier}: the inventory estimates {estimated} kWh but no bill covers it.</source>
        <translation>{carrier} : l'inventaire estime {estimated} kWh mais aucune facture ne les couvre.</translation>
    </message>
    <message>
        <source>{carrier}: the inventory explains {coverage} % of the bills (expected within ±{tolerance} %).</source>
        <translation>{carrier} : l'inventaire explique {coverage} % des factures (attendu à ±{tolerance} %).</translation>
    </message>
    <message>
        <source>{carrier}: {end_use} alone ({kwh} kWh) is more than the bills ({billed} kWh).</source>
        <translation>{carrier} : {end_use} à lui seul ({kwh} kWh) dépasse les factures ({billed} kWh).</translation>
    </message>
    <message>
        <source>What runs in peak hours draws {peak} kW, more than the reached {reached} kVA × cos φ {cos_phi} = {available} kW: some items cannot run together, or their figures are too high.</source>
        <translation>Ce qui tourne en heures de pointe appelle {peak} kW, plus que les {reached} kVA atteints × cos φ {cos_phi} = {available} kW : certains équipements ne tournent pas ensemble, ou leurs valeurs sont trop fortes.</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>Unexplained</source>
        <translation>Non expliqué</translation>
    </message>
    <message>
        <source>Latest 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Billed (kWh)</source>
        <translation>Facturé (kWh)</translation>
    </message>
    <message>
        <source>Estimated (kWh)</source>
        <translation>Estimé (kWh)</translation>
    </message>
    <message>
        <source>Unexplained (kWh)</source>
        <translation>Non expliqué (kWh)</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Expliqué</translation>
    </message>
    <message>
        <source>Energy balance of {site}</source>
        <translation>Bilan énergétique de {site}</translation>
    </message>
    <message>
        <source>The measures and the report use the same twelve months.</source>
        <translation>Les mesures et le rapport utilisent les mêmes douze mois.</translation>
    </message>
    <message>
        <source>Peak check: what runs in peak hours draws {peak}; the reached power allows {available}.</source>
        <translation>Contrôle de pointe : ce qui tourne en heures de pointe appelle {peak} ; la puissance appelée permet {available}.</translation>
    </message>
    <message>
        <source>Final energy by end use</source>
        <translation>Énergie finale par usage</translation>
    </message>
    <message>
        <source>From the bills to the end uses</source>
        <translation>Des factures aux usages</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Billed and estimated</source>
        <translation>Facturé et estimé</translation>
    </message>
    <message>
        <source>End uses, all energy</source>
        <translation>Usages, toutes énergies</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
</context>
<context>
    <name>Benchmarks</name>
    <message>
        <source>electricity</source>
        <translation>électricité</translation>
    </message>
    <message>
        <source>fuels</source>
        <translation>combustibles</translation>
    </message>
    <message>
        <source>total final energy</source>
        <translation>énergie finale totale</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>typique</translation>
    </message>
    <message>
        <source>best practice</source>
        <translation>meilleures pratiques</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>The benchmark file {file} must hold its entries as a list under “entries”.</source>
        <translation>Le fichier de références {file} doit contenir ses entrées sous forme de liste, sous « entries ».</translation>
    </message>
    <message>
        <source>Two benchmarks have the identifier {entry}.</source>
        <translation>Deux références portent l'identifiant {entry}.</translation>
    </message>
    <message>
        <source>The benchmark file {file} cannot be read: {reason}</source>
        <translation>Le fichier de références {file} est illisible : {reason}</translation>
    </message>
    <message>
        <source>Benchmark {entry} must be an object with named fields.</source>
        <translation>La référence {entry} doit être un objet aux champs nommés.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the identifier “{value}” may hold only letters, digits, dots, hyphens and underscores.</source>
        <translation>Référence {entry} : l'identifiant « {value} » ne peut contenir que des lettres, des chiffres, des points, des traits d'union et des soulignés.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the low end of the range ({low}) is above its high end ({high}).</source>
        <translation>Référence {entry} : le bas de la plage ({low}) est supérieur à son haut ({high}).</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the unit “{value}” is not one the application can compare ({units}).</source>
        <translation>Référence {entry} : l'unité « {value} » n'est pas une unité que l'application sait comparer ({units}).</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” is missing.</source>
        <translation>Référence {entry} : le champ « {field} » manque.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be a text, not “{value}”.</source>
        <translation>Référence {entry} : le champ « {field} » doit être un texte, pas « {value} ».</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” needs a French and an English text, not “{value}”.</source>
        <translation>Référence {entry} : le champ « {field} » demande un texte en français et un en anglais, pas « {value} ».</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be a number of kWh, zero or more, not “{value}”.</source>
        <translation>Référence {entry} : le champ « {field} » doit être un nombre de kWh, positif ou nul, pas « {value} ».</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be one of {allowed}, not “{value}”.</source>
        <translation>Référence {entry} : le champ « {field} » doit valoir l'une de ces valeurs : {allowed}, pas « {value} ».</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be true or false, not “{value}”.</source>
        <translation>Référence {entry} : le champ « {field} » doit valoir true ou false, pas « {value} ».</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be a list of words, not “{value}”.</source>
        <translation>Référence {entry} : le champ « {field} » doit être une liste de mots, pas « {value} ».</translation>
    </message>
    <message>
        <source>Benchmark {entry}: “{value}” in the field “{field}” is not a NACE code such as 23.51 or a group such as 22.2.</source>
        <translation>Référence {entry} : « {value} », dans le champ « {field} », n'est pas un code NACE comme 23.51 ni un groupe comme 22.2.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the source must name a publication (a report, a paper, an agency's page), not “{value}”; a web address goes in the field “url”.</source>
        <translation>Référence {entry} : la source doit nommer une publication (un rapport, un article, la page d'un organisme), pas « {value} » ; une adresse web va dans le champ « url ».</translation>
    </message>
    <message>
        <source>Benchmark {entry}: “{value}” in the field “{field}” is not a web address (http:// or https://).</source>
        <translation>Référence {entry} : « {value} », dans le champ « {field} », n'est pas une adresse web (http:// ou https://).</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be a year such as 2013, or null, not “{value}”.</source>
        <translation>Référence {entry} : le champ « {field} » doit être une année, par exemple 2013, ou null, pas « {value} ».</translation>
    </message>
</context>
<context>
    <name>BilingualEditor</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>⚠ Translation missing</source>
        <translation>⚠ Traduction manquante</translation>
    </message>
</context>
<context>
    <name>BillMarks</name>
    <message>
        <source>cos φ {value}, below the tariff threshold {threshold}.</source>
        <translation>cos φ de {value}, sous le seuil tarifaire de {threshold}.</translation>
    </message>
    <message>
        <source>Reached power {value} kVA, above the subscribed {subscribed} kVA.</source>
        <translation>Puissance atteinte de {value} kVA, au-delà des {subscribed} kVA souscrits.</translation>
    </message>
    <message>
        <source>{days} days, where this supply's bills usually cover {median}.</source>
        <translation>{days} jours, alors que les factures de ce contrat en couvrent d’habitude {median}.</translation>
    </message>
    <message>
        <source>Ends on {end}, after today.</source>
        <translation>Se termine le {end}, après la date du jour.</translation>
    </message>
    <message>
        <source>The same quantity as the bill before: {value}.</source>
        <translation>Même quantité que la facture précédente : {value}.</translation>
    </message>
    <message>
        <source>{value} per day, far from this supply's usual use per day.</source>
        <translation>{value} par jour, loin de la consommation journalière habituelle de ce contrat.</translation>
    </message>
    <message>
        <source>No cost: this bill is left out of the cost totals and of the average price.</source>
        <translation>Pas de montant : cette facture est exclue des totaux de coût et du prix moyen.</translation>
    </message>
</context>
<context>
    <name>BillsPanel</name>
    <message>
        <source>No month is missing between the bills.</source>
        <translation>Aucun mois ne manque entre les factures.</translation>
    </message>
    <message numerus="yes">
        <source>{count} new rows.</source>
        <translation>
            <numerusform>{count} nouvelle ligne.</numerusform>
            <numerusform>{count} nouvelles lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}, {column}: “{text}” — {reason}</source>
        <translation>Ligne {row}, {column} : « {text} » — {reason}</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select one bill to attach its invoice to.</source>
        <translation>Sélectionnez une facture pour y joindre son document.</translation>
    </message>
    <message>
        <source>Attach the invoice</source>
        <translation>Joindre la facture</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This bill has no attached document.</source>
        <translation>Cette facture n'a pas de document joint.</translation>
    </message>
    <message>
        <source>Supply: contract, meter, units</source>
        <translation>Approvisionnement : contrat, compteur, unités</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Add a bill</source>
        <translation>Ajouter une facture</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import invoices…</source>
        <translation>Importer des factures…</translation>
    </message>
    <message>
        <source>Attach the invoice…</source>
        <translation>Joindre la facture…</translation>
    </message>
    <message>
        <source>Open the invoice</source>
        <translation>Ouvrir la facture</translation>
    </message>
    <message>
        <source>Estimate a month…</source>
        <translation>Estimer un mois…</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Gaz naturel</translation>
    </message>
    <message>
        <source>Propane</source>
        <translation>Propane</translation>
    </message>
    <message>
        <source>Butane</source>
        <translation>Butane</translation>
    </message>
    <message>
        <source>Heavy fuel oil</source>
        <translation>Fioul lourd</translation>
    </message>
    <message>
        <source>Gas oil / diesel</source>
        <translation>Gasoil</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>Charbon</translation>
    </message>
    <message>
        <source>Biomass</source>
        <translation>Biomasse</translation>
    </message>
    <message>
        <source>District heat</source>
        <translation>Réseau de chaleur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>No bill</source>
        <translation>Pas de facture</translation>
    </message>
    <message>
        <source>Overrun of the subscribed power</source>
        <translation>Dépassement de la puissance souscrite</translation>
    </message>
    <message>
        <source>Other (grouped)</source>
        <translation>Autres (regroupés)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Energy Audit Workbench: quick-scan energy audits of industrial sites.</source>
        <translation>Atelier d'audit énergétique : bilans énergétiques rapides de sites industriels.</translation>
    </message>
    <message>
        <source>language of messages (default: from the system)</source>
        <translation>langue des messages (par défaut, celle du système)</translation>
    </message>
    <message>
        <source>write the demo programme to a new workspace file</source>
        <translation>écrire le programme de démonstration dans un nouveau fichier d'espace de travail</translation>
    </message>
    <message>
        <source>workspace file to create (.eaw)</source>
        <translation>fichier d'espace de travail à créer (.eaw)</translation>
    </message>
    <message>
        <source>create an empty workspace for a programme</source>
        <translation>créer un espace de travail vide pour un programme</translation>
    </message>
    <message>
        <source>name of the programme</source>
        <translation>nom du programme</translation>
    </message>
    <message>
        <source>organising body</source>
        <translation>organisme organisateur</translation>
    </message>
    <message>
        <source>year of the programme</source>
        <translation>année du programme</translation>
    </message>
    <message>
        <source>default currency (ISO code)</source>
        <translation>devise par défaut (code ISO)</translation>
    </message>
    <message>
        <source>reference factor set: MA or BE</source>
        <translation>jeu de facteurs de référence : MA ou BE</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>langue des rapports</translation>
    </message>
    <message>
        <source>add a site to a cluster (the cluster is created if needed)</source>
        <translation>ajouter un site à un cluster (le cluster est créé au besoin)</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>fichier d'espace de travail</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>nom du cluster</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>nom du site</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nom de l'entreprise</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>country (ISO code)</source>
        <translation>pays (code ISO)</translation>
    </message>
    <message>
        <source>currency (default: the programme's)</source>
        <translation>devise (par défaut : celle du programme)</translation>
    </message>
    <message>
        <source>set a supply's invoice unit and heating value</source>
        <translation>fixer l'unité de facturation et le pouvoir calorifique d'un approvisionnement</translation>
    </message>
    <message>
        <source>supply (id, name or carrier, e.g. natural_gas)</source>
        <translation>approvisionnement (id, nom ou énergie, p. ex. natural_gas)</translation>
    </message>
    <message>
        <source>invoice unit: kWh, MWh, m3, L, kg, t, GJ, therm</source>
        <translation>unité de facturation : kWh, MWh, m3, L, kg, t, GJ, therm</translation>
    </message>
    <message>
        <source>kWh per invoice unit, as the supplier states it (none: use the factor set)</source>
        <translation>kWh par unité facturée, tel que le fournisseur l'indique (none : celui du jeu de facteurs)</translation>
    </message>
    <message>
        <source>basis of the heating value</source>
        <translation>base du pouvoir calorifique (PCS : gcv, PCI : ncv)</translation>
    </message>
    <message>
        <source>name of the supply</source>
        <translation>nom de l'approvisionnement</translation>
    </message>
    <message>
        <source>programme, clusters and sites with their last 12 months</source>
        <translation>programme, clusters et sites avec leurs 12 derniers mois</translation>
    </message>
    <message>
        <source>only this site (id or unique name)</source>
        <translation>seulement ce site (identifiant ou nom unique)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>write the calendarised monthly data as CSV</source>
        <translation>écrire les données mensuelles calendarisées en CSV</translation>
    </message>
    <message>
        <source>folder to write into</source>
        <translation>dossier de destination</translation>
    </message>
    <message>
        <source>import invoices from a CSV, XLSX, XLS or ODS file</source>
        <translation>importer des factures depuis un fichier CSV, XLSX, XLS ou ODS</translation>
    </message>
    <message>
        <source>file of invoices or deliveries</source>
        <translation>fichier de factures ou de livraisons</translation>
    </message>
    <message>
        <source>the column mappings remembered for header rows, and forget one</source>
        <translation>les correspondances de colonnes retenues par ligne d'en-tête, et en oublier une</translation>
    </message>
    <message>
        <source>forget the mapping of this signature</source>
        <translation>oublier la correspondance de cette signature</translation>
    </message>
    <message>
        <source>language of the report (default: the programme's); both writes FILE-fr and FILE-en</source>
        <translation>langue du rapport (par défaut : celle du programme) ; both écrit FICHIER-fr et FICHIER-en</translation>
    </message>
    <message>
        <source>file to write: .docx (Word) or .pdf (by LibreOffice, or Word on Windows and macOS)</source>
        <translation>fichier à écrire : .docx (Word) ou .pdf (par LibreOffice, ou Word sous Windows et macOS)</translation>
    </message>
    <message>
        <source>a cluster's synthesis with a page per site (by default, a short block each)</source>
        <translation>la synthèse d'un cluster avec une page par site (par défaut, un court bloc par site)</translation>
    </message>
    <message>
        <source>a Word file's table of contents without page numbers (faster: no office suite is started)</source>
        <translation>sommaire d'un fichier Word sans numéros de page (plus rapide : aucune suite bureautique n'est lancée)</translation>
    </message>
    <message>
        <source>a site's MT bills rebuilt from the tariff, and its options</source>
        <translation>les factures MT d'un site recalculées selon le tarif, et les leviers tarifaires</translation>
    </message>
    <message>
        <source>only this electricity supply (id or name)</source>
        <translation>seulement cet approvisionnement électrique (identifiant ou nom)</translation>
    </message>
    <message>
        <source>import a meter's load curve (10, 15, 30 or 60-minute intervals) into a supply</source>
        <translation>importer la courbe de charge d’un compteur (pas de 10, 15, 30 ou 60 minutes) dans une alimentation</translation>
    </message>
    <message>
        <source>the meter's export (CSV, XLSX, XLS or ODS)</source>
        <translation>l’export du compteur (CSV, XLSX, XLS ou ODS)</translation>
    </message>
    <message>
        <source>supply (id or name; default: the site's electricity supply)</source>
        <translation>alimentation (id ou nom ; par défaut : celle d’électricité du site)</translation>
    </message>
    <message>
        <source>use COLUMN (a header or a number) for FIELD (start, end, register, value, unit…)</source>
        <translation>lire FIELD (start, end, register, value, unit…) dans COLUMN (un en-tête ou un numéro)</translation>
    </message>
    <message>
        <source>unit of the values when the file does not say it</source>
        <translation>unité des valeurs quand le fichier ne la donne pas</translation>
    </message>
    <message>
        <source>time zone of the meter's clock (default: the site's country's)</source>
        <translation>fuseau horaire de l’horloge du compteur (par défaut : celui du pays du site)</translation>
    </message>
    <message>
        <source>a supply's load curve: registers, peak, base load, load factor, shares</source>
        <translation>la courbe de charge d’une alimentation : registres, pointe, talon, facteur de charge, parts</translation>
    </message>
    <message>
        <source>Internal error: nothing more was done. A crash report was written to {path}; please send it.</source>
        <translation>Erreur interne : rien de plus n'a été fait. Un rapport d'incident a été écrit dans {path} ; merci de nous l'envoyer.</translation>
    </message>
    <message>
        <source>site (id or unique name)</source>
        <translation>site (identifiant ou nom unique)</translation>
    </message>
    <message>
        <source>energy carrier</source>
        <translation>vecteur énergétique</translation>
    </message>
    <message>
        <source>mapping profile (ma-mt-ledger, propane-deliveries, xcel-monthly…)</source>
        <translation>profil de correspondance (ma-mt-ledger, propane-deliveries, xcel-monthly…)</translation>
    </message>
    <message>
        <source>text encoding (default: detected)</source>
        <translation>encodage du texte (par défaut : détecté)</translation>
    </message>
    <message>
        <source>column separator (default: detected)</source>
        <translation>séparateur de colonnes (par défaut : détecté)</translation>
    </message>
    <message>
        <source>decimal mark (default: detected)</source>
        <translation>séparateur décimal (par défaut : détecté)</translation>
    </message>
    <message>
        <source>row number of the column names (default: found)</source>
        <translation>numéro de la ligne des noms de colonnes (par défaut : trouvée)</translation>
    </message>
    <message>
        <source>sheet of a workbook (default: the first with data)</source>
        <translation>feuille d'un classeur (par défaut : la première avec des données)</translation>
    </message>
    <message>
        <source>use COLUMN (a header or a number) for FIELD</source>
        <translation>utiliser COLONNE (un en-tête ou un numéro) pour CHAMP</translation>
    </message>
    <message>
        <source>rows (e.g. 12,40) whose falling meter index is a rollover of the counter, or all</source>
        <translation>lignes (p. ex. 12,40) dont l'index en baisse est un passage du compteur par zéro, ou all</translation>
    </message>
    <message>
        <source>check the file, store nothing</source>
        <translation>vérifier le fichier sans rien enregistrer</translation>
    </message>
    <message>
        <source>write a site's quick-scan report, or a cluster's synthesis, in Word</source>
        <translation>écrire le rapport de bilan rapide d’un site, ou la synthèse d’un cluster, en Word</translation>
    </message>
    <message>
        <source>cluster (id or name): the synthesis of its sites</source>
        <translation>cluster (identifiant ou nom) : la synthèse de ses sites</translation>
    </message>
    <message>
        <source>a restyled copy of the report template (.docx)</source>
        <translation>une copie remise en forme du modèle de rapport (.docx)</translation>
    </message>
    <message>
        <source>leave the charts out</source>
        <translation>sans les graphiques</translation>
    </message>
    <message>
        <source>a site's energy balance: billed, estimated, unexplained</source>
        <translation>bilan énergétique d'un site : facturé, estimé, non expliqué</translation>
    </message>
    <message>
        <source>Start the desktop application.</source>
        <translation>Démarrer l'application de bureau.</translation>
    </message>
    <message>
        <source>Commands without a window: {commands} (workbench COMMAND --help).</source>
        <translation>Commandes sans fenêtre : {commands} (workbench COMMANDE --help).</translation>
    </message>
    <message>
        <source>workspace file to open (.eaw)</source>
        <translation>fichier d'espace de travail à ouvrir (.eaw)</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>langue de l'interface</translation>
    </message>
    <message>
        <source>open the window and the first site page, print the start-up time and exit</source>
        <translation>ouvrir la fenêtre et la première page de site, afficher le temps de démarrage et quitter</translation>
    </message>
    <message>
        <source>Cannot use the file {path}: {reason}.</source>
        <translation>Impossible d'utiliser le fichier {path} : {reason}.</translation>
    </message>
    <message>
        <source>{path} was updated from file format {version}; the original was kept as {backup}.</source>
        <translation>{path} a été mis à jour depuis le format de fichier {version} ; l’original est conservé sous {backup}.</translation>
    </message>
    <message>
        <source>{path} is open read-only: the file or its medium cannot be written.</source>
        <translation>{path} est ouvert en lecture seule : le fichier ou son support n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Demo programme written to {path}.</source>
        <translation>Programme de démonstration écrit dans {path}.</translation>
    </message>
    <message>
        <source>Workspace {path} created.</source>
        <translation>Espace de travail {path} créé.</translation>
    </message>
    <message>
        <source>Site {name} added to {cluster} with id {id}.</source>
        <translation>Site {name} ajouté à {cluster} avec l'identifiant {id}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} monthly rows written to {path}.</source>
        <translation>
            <numerusform>{count} ligne mensuelle écrite dans {path}.</numerusform>
            <numerusform>{count} lignes mensuelles écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not “{text}”.</source>
        <translation>--map attend CHAMP=COLONNE, pas « {text} ».</translation>
    </message>
    <message>
        <source>{file} is a load curve ({minutes}-minute intervals), not a table of invoices: import it with workbench import-load-curve {path} {file} --site {site}.</source>
        <translation>{file} est une courbe de charge (intervalles de {minutes} minutes), pas un tableau de factures : importez-la avec workbench import-load-curve {path} {file} --site {site}.</translation>
    </message>
    <message>
        <source>--rollover takes row numbers (12,40) or all, not “{text}”.</source>
        <translation>--rollover attend des numéros de ligne (12,40) ou all, pas « {text} ».</translation>
    </message>
    <message>
        <source>Import into: {target}</source>
        <translation>Import dans : {target}</translation>
    </message>
    <message>
        <source>{read} rows read: {imported} new, {changed} changed, {identical} identical, {refused} refused, {skipped} skipped.</source>
        <translation>{read} lignes lues : {imported} nouvelles, {changed} modifiées, {identical} identiques, {refused} refusées, {skipped} écartées.</translation>
    </message>
    <message>
        <source>row {row}, column “{column}”, “{text}”: {reason}</source>
        <translation>ligne {row}, colonne « {column} », « {text} » : {reason}</translation>
    </message>
    <message>
        <source>{count} rows, column “{column}”: {reason} (first: row {row}); rows {rows}</source>
        <translation>{count} lignes, colonne « {column} » : {reason} (première : ligne {row}) ; lignes {rows}</translation>
    </message>
    <message>
        <source>Final energy of the bills stored: {kwh}.</source>
        <translation>Énergie finale des factures enregistrées : {kwh}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Essai à blanc : rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>No mapping is remembered under “{signature}”.</source>
        <translation>Aucune correspondance n'est retenue sous « {signature} ».</translation>
    </message>
    <message>
        <source>Mapping {signature} forgotten.</source>
        <translation>Correspondance {signature} oubliée.</translation>
    </message>
    <message>
        <source>No column mapping is remembered in this workspace.</source>
        <translation>Aucune correspondance de colonnes n'est retenue dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Nothing to change: give --unit, --heating-value, --basis or --name.</source>
        <translation>Rien à changer : indiquez --unit, --heating-value, --basis ou --name.</translation>
    </message>
    <message>
        <source>Supply {id} of {site} ({carrier}): billed in {unit}, heating value {value} ({basis}).</source>
        <translation>Approvisionnement {id} de {site} ({carrier}) : facturé en {unit}, pouvoir calorifique {value} ({basis}).</translation>
    </message>
    <message>
        <source>from the factor set</source>
        <translation>celui du jeu de facteurs</translation>
    </message>
    <message>
        <source>--heating-value takes a number of kWh per invoice unit, not “{text}”.</source>
        <translation>--heating-value attend un nombre de kWh par unité facturée, pas « {text} ».</translation>
    </message>
    <message>
        <source>{carrier}: billed {billed}, estimated {estimated}, unexplained {unexplained} ({coverage} explained)</source>
        <translation>{carrier} : facturé {billed}, estimé {estimated}, non expliqué {unexplained} ({coverage} expliqués)</translation>
    </message>
    <message>
        <source>{end_use}: {kwh} ({share} of the bills)</source>
        <translation>{end_use} : {kwh} ({share} des factures)</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Rapport écrit dans {path}.</translation>
    </message>
    <message>
        <source>No cluster is named “{name}” or has that id. Clusters: {known}.</source>
        <translation>Aucun cluster ne s’appelle « {name} » ni n’a cet identifiant. Clusters : {known}.</translation>
    </message>
    <message>
        <source>Several sites are named “{name}” (ids {ids}); give the id instead.</source>
        <translation>Plusieurs sites s'appellent « {name} » (identifiants {ids}) ; donnez plutôt l'identifiant.</translation>
    </message>
    <message>
        <source>No site is named “{name}” or has that id. Sites: {known}.</source>
        <translation>Aucun site ne s'appelle « {name} » ni n'a cet identifiant. Sites : {known}.</translation>
    </message>
    <message>
        <source>{site} has no single supply named “{name}”. Supplies: {known}.</source>
        <translation>{site} n'a pas un seul approvisionnement nommé « {name} ». Approvisionnements : {known}.</translation>
    </message>
    <message>
        <source>{clusters} clusters, {sites} sites; factor set {factors}.</source>
        <translation>{clusters} clusters, {sites} sites ; jeu de facteurs {factors}.</translation>
    </message>
    <message>
        <source>no bills yet</source>
        <translation>pas encore de factures</translation>
    </message>
    <message>
        <source>{first} – {last}: {kwh} · {toe} · {co2} · {cost} · {price} · {bills} bills</source>
        <translation>{first} – {last} : {kwh} · {toe} · {co2} · {cost} · {price} · {bills} factures</translation>
    </message>
    <message>
        <source>covers {covered} of {months} months for every carrier; the cost of {priced} of the kWh is known</source>
        <translation>couvre {covered} mois sur {months} pour chaque vecteur ; le coût de {priced} des kWh est connu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Power charge</source>
        <translation>Redevance de puissance</translation>
    </message>
    <message>
        <source>Overrun charge</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>cos φ</source>
        <translation>cos φ</translation>
    </message>
    <message>
        <source>cos φ surcharge</source>
        <translation>Majoration cos φ</translation>
    </message>
    <message>
        <source>Metering</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Recalculé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>{site} has no electricity supply.</source>
        <translation>{site} n'a pas d'approvisionnement électrique.</translation>
    </message>
    <message>
        <source>{site} — {supply}: {tariff}, bills of {first} – {last} ({currency} excl. VAT)</source>
        <translation>{site} — {supply} : {tariff}, factures de {first} à {last} ({currency} HT)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>! {month} {invoice}: missing {missing}</source>
        <translation>! {month} {invoice} : il manque {missing}</translation>
    </message>
    <message numerus="yes">
        <source>! {count} bills differ from the tariff by more than {tolerance}: {months}</source>
        <translation>
            <numerusform>! {count} facture s'écarte du tarif de plus de {tolerance} : {months}</numerusform>
            <numerusform>! {count} factures s'écartent du tarif de plus de {tolerance} : {months}</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed power: {current} now, {recommended} recommended; power and overrun charges {cost_now} → {cost_new} a year, saving {saving}.</source>
        <translation>Puissance souscrite : {current} aujourd'hui, {recommended} recommandés ; redevance de puissance et dépassements {cost_now} → {cost_new} par an, soit une économie de {saving}.</translation>
    </message>
    <message>
        <source>Capacitor bank: {kvar} for cos φ {target}, investment {investment}; cos φ surcharge {penalty} a year avoided, payback {payback}.</source>
        <translation>Batterie de condensateurs : {kvar} pour un cos φ de {target}, investissement {investment} ; majoration cos φ évitée : {penalty} par an, temps de retour {payback}.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Capacitor bank: {kvar} would bring cos φ to {target} (investment {investment}), but the bills carry no cos φ surcharge: it does not pay back through the tariff.</source>
        <translation>Batterie de condensateurs : {kvar} porteraient le cos φ à {target} (investissement {investment}), mais les factures ne portent aucune majoration cos φ : elle ne serait pas amortie par le tarif.</translation>
    </message>
    <message>
        <source>Peak hours: {share} of the kWh; moving {shift} of them ({kwh} a year) to off-peak hours saves {saving} a year.</source>
        <translation>Heures de pointe : {share} des kWh ; en reporter {shift} ({kwh} par an) en heures creuses économise {saving} par an.</translation>
    </message>
    <message>
        <source>The time zone of a meter in {country} is not known: give it with --tz (e.g. Europe/Paris).</source>
        <translation>Le fuseau horaire d’un compteur au pays {country} n’est pas connu : indiquez-le avec --tz (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone (e.g. Africa/Casablanca).</source>
        <translation>« {zone} » n’est pas un fuseau horaire (par exemple Africa/Casablanca).</translation>
    </message>
    <message>
        <source>{site} has no electricity supply: add one, or say which supply with --supply.</source>
        <translation>{site} n’a pas d’alimentation en électricité : ajoutez-en une, ou indiquez l’alimentation avec --supply.</translation>
    </message>
    <message numerus="yes">
        <source>{site} has {count} electricity supplies: say which with --supply.</source>
        <translation>
            <numerusform>{site} a {count} alimentation en électricité : indiquez laquelle avec --supply.</numerusform>
            <numerusform>{site} a {count} alimentations en électricité : indiquez laquelle avec --supply.</numerusform>
        </translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN with FIELD one of {fields}, not “{text}”.</source>
        <translation>--map attend FIELD=COLUMN, FIELD parmi {fields}, et non « {text} ».</translation>
    </message>
    <message>
        <source>The file has no column “{column}”. Its columns: {known}.</source>
        <translation>Le fichier n’a pas de colonne « {column} ». Ses colonnes : {known}.</translation>
    </message>
    <message>
        <source>Load curve for {site} (supply {supply}), times in {zone}: {rows} rows read.</source>
        <translation>Courbe de charge de {site} (alimentation {supply}), heures du fuseau {zone} : {rows} lignes lues.</translation>
    </message>
    <message>
        <source>The columns were read as mapped for this header row on {saved} (workbench layouts --forget forgets it).</source>
        <translation>Les colonnes ont été lues selon la correspondance retenue pour cette ligne d’en-tête le {saved} (workbench layouts --forget l’oublie).</translation>
    </message>
    <message numerus="yes">
        <source>{count} intervals of the file differ from the readings already stored (energy of the interval):</source>
        <translation>
            <numerusform>{count} intervalle du fichier diffère des relevés déjà enregistrés (énergie de l’intervalle) :</numerusform>
            <numerusform>{count} intervalles du fichier diffèrent des relevés déjà enregistrés (énergie de l’intervalle) :</numerusform>
        </translation>
    </message>
    <message>
        <source>{register}, {start}: {new} kWh in the file, {stored} kWh already stored.</source>
        <translation>{register}, {start} : {new} kWh dans le fichier, {stored} kWh déjà enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more intervals.</source>
        <translation>
            <numerusform>… et {count} autre intervalle.</numerusform>
            <numerusform>… et {count} autres intervalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: every reading of the file was already stored.</source>
        <translation>Rien de nouveau : tous les relevés du fichier étaient déjà enregistrés.</translation>
    </message>
    <message>
        <source>{name} ({unit}): {total} over {intervals} intervals, {missing} without a reading, {first} → {last}</source>
        <translation>{name} ({unit}) : {total} sur {intervals} intervalles, dont {missing} sans mesure, {first} → {last}</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more refusals.</source>
        <translation>
            <numerusform>… et {count} autre refus.</numerusform>
            <numerusform>… et {count} autres refus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was stored: correct the file, or the mapping, and import again.</source>
        <translation>Rien n’a été enregistré : corrigez le fichier, ou la correspondance des colonnes, et importez à nouveau.</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>{site} has no load curve on this supply.</source>
        <translation>{site} n’a pas de courbe de charge sur cette alimentation.</translation>
    </message>
    <message>
        <source>Offtake: peak {peak} kW on {at}; base load {base} kW (night mean {night} kW); load factor {factor}.</source>
        <translation>Prélèvement : pointe de {peak} kW le {at} ; talon de {base} kW (moyenne de nuit {night} kW) ; facteur de charge {factor}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>approvisionnement</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>facture</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>livraison</translation>
    </message>
    <message>
        <source>equipment item</source>
        <translation>équipement</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier {field}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Modifier {kind}</translation>
    </message>
    <message>
        <source>Set the PV study</source>
        <translation>Définir l’étude photovoltaïque</translation>
    </message>
    <message>
        <source>Add cluster {name}</source>
        <translation>Ajouter le cluster {name}</translation>
    </message>
    <message>
        <source>Add site {name}</source>
        <translation>Ajouter le site {name}</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>Renommer {old} en {new}</translation>
    </message>
    <message>
        <source>Move {site} to {cluster}</source>
        <translation>Déplacer {site} vers {cluster}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>Import the load curve {file}</source>
        <translation>Importer la courbe de charge {file}</translation>
    </message>
    <message>
        <source>Add a bill</source>
        <translation>Ajouter une facture</translation>
    </message>
    <message>
        <source>Estimate a missing month</source>
        <translation>Estimer un mois manquant</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate {count} bills</source>
        <translation>
            <numerusform>Dupliquer {count} facture</numerusform>
            <numerusform>Dupliquer {count} factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} rows</source>
        <translation>
            <numerusform>Supprimer {count} ligne</numerusform>
            <numerusform>Supprimer {count} lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste {count} rows</source>
        <translation>
            <numerusform>Coller {count} ligne</numerusform>
            <numerusform>Coller {count} lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add {count} equipment items</source>
        <translation>
            <numerusform>Ajouter {count} équipement</numerusform>
            <numerusform>Ajouter {count} équipements</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an equipment item</source>
        <translation>Ajouter un équipement</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate {count} items</source>
        <translation>
            <numerusform>Dupliquer {count} équipement</numerusform>
            <numerusform>Dupliquer {count} équipements</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Add photo {name}</source>
        <translation>Ajouter la photo {name}</translation>
    </message>
    <message>
        <source>Add {count} photos</source>
        <translation>Ajouter {count} photos</translation>
    </message>
    <message>
        <source>Remove {count} photos</source>
        <translation>Retirer {count} photos</translation>
    </message>
    <message>
        <source>Remove photo {name}</source>
        <translation>Retirer la photo {name}</translation>
    </message>
    <message>
        <source>Edit the caption of {name}</source>
        <translation>Modifier la légende de {name}</translation>
    </message>
    <message>
        <source>Choose {name} for the report</source>
        <translation>Retenir {name} pour le rapport</translation>
    </message>
    <message>
        <source>Leave {name} out of the report</source>
        <translation>Écarter {name} du rapport</translation>
    </message>
    <message>
        <source>Move a photo</source>
        <translation>Déplacer une photo</translation>
    </message>
    <message>
        <source>Add the PV measure</source>
        <translation>Ajouter la mesure photovoltaïque</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Final energy</source>
        <translation>Énergie finale</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Coût HT</translation>
    </message>
    <message>
        <source>Cost per kWh</source>
        <translation>Coût du kWh</translation>
    </message>
    <message>
        <source>Primary energy</source>
        <translation>Énergie primaire</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Émissions</translation>
    </message>
    <message>
        <source>Per unit produced</source>
        <translation>Par unité produite</translation>
    </message>
    <message>
        <source>Per m²</source>
        <translation>Par m²</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Économies</translation>
    </message>
    <message>
        <source>Savings (money)</source>
        <translation>Économies (valeur)</translation>
    </message>
    <message>
        <source>Savings share</source>
        <translation>Part économisée</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Temps de retour</translation>
    </message>
    <message>
        <source>Renewables</source>
        <translation>Renouvelables</translation>
    </message>
    <message>
        <source>Renewables (money)</source>
        <translation>Renouvelables (valeur)</translation>
    </message>
    <message>
        <source>Renewables payback</source>
        <translation>Temps de retour renouvelables</translation>
    </message>
    <message>
        <source>Data flags</source>
        <translation>Alertes données</translation>
    </message>
    <message>
        <source>toe</source>
        <translation>tep</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Analysis period {period}, not the one most sites share ({common}).</source>
        <translation>Période d'analyse {period}, différente de celle de la plupart des sites ({common}).</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The ratio of the sites' totals, not a sum.</source>
        <translation>Le rapport des totaux des sites, pas une somme.</translation>
    </message>
    <message>
        <source>The sites count in several currencies: their money does not add up.</source>
        <translation>Les sites comptent en plusieurs devises : leurs montants ne s'additionnent pas.</translation>
    </message>
    <message>
        <source>The sites count different products: their energy per unit does not compare.</source>
        <translation>Les sites comptent des produits différents : leur énergie par unité ne se compare pas.</translation>
    </message>
    <message>
        <source>An intensity has no total.</source>
        <translation>Un ratio n'a pas de total.</translation>
    </message>
    <message>
        <source>Computing {done} of {total} sites…</source>
        <translation>Calcul de {done} sites sur {total}…</translation>
    </message>
    <message>
        <source>{column}: the {shown} highest of {total} sites</source>
        <translation>{column} : les {shown} plus élevés des {total} sites</translation>
    </message>
    <message>
        <source>Table exported to {path}.</source>
        <translation>Tableau exporté dans {path}.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose the columns; drag a header to move its column.</source>
        <translation>Choisir les colonnes ; faire glisser un en-tête pour déplacer sa colonne.</translation>
    </message>
    <message>
        <source>Ranking of</source>
        <translation>Classement selon</translation>
    </message>
    <message>
        <source>Copy the selected cells, to paste into a spreadsheet.</source>
        <translation>Copier les cellules sélectionnées, à coller dans un tableur.</translation>
    </message>
    <message>
        <source>Export the table to an Excel workbook or a CSV file.</source>
        <translation>Exporter le tableau dans un classeur Excel ou un fichier CSV.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Internal error</source>
        <translation>Erreur interne</translation>
    </message>
    <message>
        <source>Something went wrong inside the workbench. Your data is safe: every change was saved in the workspace file when you made it.</source>
        <translation>Une erreur s’est produite dans l’atelier. Vos données sont en sécurité : chaque modification a été enregistrée dans le fichier de l’espace de travail au moment où vous l’avez faite.</translation>
    </message>
    <message>
        <source>A crash report was written to {path}. Please send it to the programme's coordinator; you can carry on working or restart the application.</source>
        <translation>Un rapport d’incident a été écrit dans {path}. Merci de l’envoyer au coordinateur du programme. Vous pouvez continuer à travailler ou redémarrer l’application.</translation>
    </message>
    <message>
        <source>Open the report's folder</source>
        <translation>Ouvrir le dossier du rapport</translation>
    </message>
    <message>
        <source>No crash report could be written.</source>
        <translation>Aucun rapport d’incident n’a pu être écrit.</translation>
    </message>
</context>
<context>
    <name>EndUse</name>
    <message>
        <source>Motors and drives</source>
        <translation>Moteurs et entraînements</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>Pompes</translation>
    </message>
    <message>
        <source>Fans</source>
        <translation>Ventilateurs</translation>
    </message>
    <message>
        <source>Compressed air</source>
        <translation>Air comprimé</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Éclairage</translation>
    </message>
    <message>
        <source>Process heat</source>
        <translation>Chaleur de procédé</translation>
    </message>
    <message>
        <source>Boilers and steam</source>
        <translation>Chaudières et vapeur</translation>
    </message>
    <message>
        <source>HVAC</source>
        <translation>Chauffage, ventilation, climatisation</translation>
    </message>
    <message>
        <source>Refrigeration and cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Office and IT</source>
        <translation>Bureaux et informatique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pointe</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Pleines</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Creuses</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reached power</source>
        <translation>Puissance appelée</translation>
    </message>
    <message>
        <source>Reactive energy</source>
        <translation>Énergie réactive</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Cost incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimée</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Final energy</source>
        <translation>Énergie finale</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Cost per kWh</source>
        <translation>Coût par kWh</translation>
    </message>
    <message>
        <source>cos φ</source>
        <translation>cos φ</translation>
    </message>
    <message>
        <source>From the meter indexes:</source>
        <translation>D'après les index du compteur :</translation>
    </message>
    <message>
        <source>{register}: {previous} → {current} × {multiplier} = {value}</source>
        <translation>{register} : {previous} → {current} × {multiplier} = {value}</translation>
    </message>
    <message>
        <source>(past a rollover at {limit})</source>
        <translation>(après un passage par zéro à {limit})</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Rated power</source>
        <translation>Puissance nominale</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Taux de charge</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Heures par an</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>Estimated per year</source>
        <translation>Estimé par an</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Defaults used for: {fields}</source>
        <translation>Valeurs par défaut utilisées pour : {fields}</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Type in this row to add a new one.</source>
        <translation>Saisissez dans cette ligne pour en ajouter une nouvelle.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Add a photo</source>
        <translation>Ajouter une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import an inventory</source>
        <translation>Importer un inventaire</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Row {row}, {column}: “{text}” — {reason}</source>
        <translation>Ligne {row}, {column} : « {text} » — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{count} new items.</source>
        <translation>
            <numerusform>{count} nouvel équipement.</numerusform>
            <numerusform>{count} nouveaux équipements.</numerusform>
        </translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Ajouter un équipement</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Import an inventory…</source>
        <translation>Importer un inventaire…</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Origine des valeurs</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Ajouter une photo…</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Estimate a missing month</source>
        <translation>Estimer un mois manquant</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>peak {peak}, standard {standard}, off-peak {offpeak}</source>
        <translation>pointe {peak}, pleines {standard}, creuses {offpeak}</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>The estimated bill ({first} – {last}) will store: {figures}. It is tagged estimated.</source>
        <translation>La facture estimée (du {first} au {last}) enregistrera : {figures}. Elle est marquée comme estimée.</translation>
    </message>
</context>
<context>
    <name>FactorSets</name>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>partiellement vérifié</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>set by the auditor</source>
        <translation>fixé par l’auditeur</translation>
    </message>
    <message>
        <source>The factor {key} needs a numeric value, not “{value}”.</source>
        <translation>Le facteur {key} demande une valeur numérique, pas « {value} ».</translation>
    </message>
    <message>
        <source>The factor {key} must not be negative (got {value}).</source>
        <translation>Le facteur {key} ne peut pas être négatif (valeur reçue {value}).</translation>
    </message>
    <message>
        <source>No value is set for the factor {key}.</source>
        <translation>Aucune valeur n'est définie pour le facteur {key}.</translation>
    </message>
    <message>
        <source>Unknown factor set “{code}” (known: {known}).</source>
        <translation>Jeu de facteurs « {code} » inconnu (connus : {known}).</translation>
    </message>
    <message>
        <source>{name}: {value} {unit} ({status}) — {source}</source>
        <translation>{name} : {value} {unit} ({status}) — {source}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Shifts per day</source>
        <translation>Postes par jour</translation>
    </message>
    <message>
        <source>Hours per shift</source>
        <translation>Heures par poste</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Jours par semaine</translation>
    </message>
    <message>
        <source>Weeks per year</source>
        <translation>Semaines par an</translation>
    </message>
    <message>
        <source>First shift starts at</source>
        <translation>Début du premier poste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <source>Factor set</source>
        <translation>Jeu de facteurs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Language of the names typed</source>
        <translation>Langue des noms saisis</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>NACE code</source>
        <translation>Code NACE</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>Surface au sol</translation>
    </message>
    <message>
        <source>Production per year</source>
        <translation>Production annuelle</translation>
    </message>
    <message>
        <source>Production unit</source>
        <translation>Unité de production</translation>
    </message>
    <message>
        <source>Operating schedule</source>
        <translation>Horaire de fonctionnement</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>Date de l'audit</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Balance period</source>
        <translation>Période du bilan</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Energy carrier</source>
        <translation>Vecteur énergétique</translation>
    </message>
    <message>
        <source>Invoice unit</source>
        <translation>Unité de facturation</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Voltage level</source>
        <translation>Niveau de tension</translation>
    </message>
    <message>
        <source>Tariff option</source>
        <translation>Option tarifaire</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Puissance souscrite</translation>
    </message>
    <message>
        <source>Heating value</source>
        <translation>Pouvoir calorifique</translation>
    </message>
    <message>
        <source>Heating value basis</source>
        <translation>Base du pouvoir calorifique</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Approvisionnement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Heures de pointe</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>Heures pleines</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Heures creuses</translation>
    </message>
    <message>
        <source>Reached power</source>
        <translation>Puissance appelée</translation>
    </message>
    <message>
        <source>Reached power unit</source>
        <translation>Unité de la puissance appelée</translation>
    </message>
    <message>
        <source>Reactive energy</source>
        <translation>Énergie réactive</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Cost incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimée</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Document source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Rated power</source>
        <translation>Puissance nominale</translation>
    </message>
    <message>
        <source>Power unit</source>
        <translation>Unité de puissance</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Taux de charge</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Heures par an</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Efficiency class</source>
        <translation>Classe de rendement</translation>
    </message>
    <message>
        <source>Watts per fixture</source>
        <translation>Watts par luminaire</translation>
    </message>
    <message>
        <source>Loaded power</source>
        <translation>Puissance en charge</translation>
    </message>
    <message>
        <source>Unloaded power</source>
        <translation>Puissance à vide</translation>
    </message>
    <message>
        <source>Loaded hours per year</source>
        <translation>Heures en charge par an</translation>
    </message>
    <message>
        <source>Unloaded hours per year</source>
        <translation>Heures à vide par an</translation>
    </message>
    <message>
        <source>Free air delivery</source>
        <translation>Débit d'air libre</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pression</translation>
    </message>
    <message>
        <source>Runs in peak hours</source>
        <translation>Fonctionne en heures de pointe</translation>
    </message>
    <message>
        <source>Energy saved</source>
        <translation>Énergie économisée</translation>
    </message>
    <message>
        <source>Share of the end use saved</source>
        <translation>Part de l'usage économisée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Cost savings per year</source>
        <translation>Économie annuelle</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Tariff lever</source>
        <translation>Levier tarifaire</translation>
    </message>
    <message>
        <source>Share in peak hours</source>
        <translation>Part en heures de pointe</translation>
    </message>
    <message>
        <source>Share in standard hours</source>
        <translation>Part en heures pleines</translation>
    </message>
    <message>
        <source>Share in off-peak hours</source>
        <translation>Part en heures creuses</translation>
    </message>
    <message>
        <source>Share used on site</source>
        <translation>Part autoconsommée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Durée de vie (ans)</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>Dans le rapport</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date de prise de vue</translation>
    </message>
</context>
<context>
    <name>FinancialAid</name>
    <message>
        <source>“{value}” is not a text. Write it between quotes.</source>
        <translation>« {value} » n'est pas un texte. Écrivez-le entre guillemets droits ("…").</translation>
    </message>
    <message>
        <source>“{value}” is not a French and English text. Write it as {example}.</source>
        <translation>« {value} » n'est pas un texte en français et en anglais. Écrivez-le sous la forme {example}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language. Use “fr” for French and “en” for English.</source>
        <translation>« {value} » n'est pas une langue. Utilisez « fr » pour le français et « en » pour l'anglais.</translation>
    </message>
    <message>
        <source>It is empty. Write it in French, in English, or in both.</source>
        <translation>Il est vide. Rédigez-le en français, en anglais, ou dans les deux langues.</translation>
    </message>
    <message>
        <source>“{value}” is not a programme. Each entry is an object between braces {{ }}.</source>
        <translation>« {value} » n'est pas un programme. Chaque entrée est un objet entre accolades {{ }}.</translation>
    </message>
    <message>
        <source>The field is missing. Add it (the shipped lists show every field).</source>
        <translation>Le champ manque. Ajoutez-le (les listes fournies montrent tous les champs).</translation>
    </message>
    <message>
        <source>“{value}” is not an id. Use letters, digits, “-” or “_”, without spaces.</source>
        <translation>« {value} » n'est pas un identifiant. Utilisez des lettres, des chiffres, « - » ou « _ », sans espace.</translation>
    </message>
    <message>
        <source>The id “{value}” is used twice. Give each entry its own id.</source>
        <translation>L'identifiant « {value} » est utilisé deux fois. Donnez à chaque entrée son propre identifiant.</translation>
    </message>
    <message>
        <source>It is empty. Name the publication the programme comes from: the legal act, or the title of the agency's page.</source>
        <translation>Il est vide. Indiquez la publication dont relève le programme : le texte légal, ou le titre de la page de l'agence.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address. Write the public page's address, starting with https://, or leave it empty.</source>
        <translation>« {value} » n'est pas une adresse web. Indiquez l'adresse de la page publique, commençant par https://, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>“{value}” is written between quotes, as a text. Write the year without them.</source>
        <translation>« {value} » est écrit entre guillemets, comme un texte. Écrivez l'année sans guillemets.</translation>
    </message>
    <message>
        <source>“{value}” is not a year. Write the year of the source in four digits (2024), or null if it is not known.</source>
        <translation>« {value} » n'est pas une année. Écrivez l'année de la source en quatre chiffres (2024), ou null si elle n'est pas connue.</translation>
    </message>
    <message>
        <source>“{value}” is not a status. Use “verified”, “partly” or “unverified”.</source>
        <translation>« {value} » n'est pas un statut. Utilisez « verified », « partly » ou « unverified ».</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of measure. Use some of: {known}; or leave it out.</source>
        <translation>« {value} » n'est pas un type de mesure. Utilisez certains de ceux-ci : {known} ; ou retirez le champ.</translation>
    </message>
    <message>
        <source>“{value}” is not a field of a programme. Remove it, or check its spelling.</source>
        <translation>« {value} » n'est pas un champ d'un programme. Supprimez-le, ou vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>“entries” is “{value}”, not a list. Write the programmes between brackets [ ].</source>
        <translation>« entries » vaut « {value} », ce n'est pas une liste. Écrivez les programmes entre crochets [ ].</translation>
    </message>
    <message>
        <source>The file holds “{value}”; it should hold an object with “country” and “entries”.</source>
        <translation>Le fichier contient « {value} » ; il doit contenir un objet avec « country » et « entries ».</translation>
    </message>
    <message>
        <source>“country” is “{value}”. Write the country's two capital letters (MA, BE).</source>
        <translation>« country » vaut « {value} ». Écrivez les deux lettres majuscules du pays (MA, BE).</translation>
    </message>
    <message>
        <source>“country” is “{value}”, but the file is the list of {expected}. Correct the code or the file's name.</source>
        <translation>« country » vaut « {value} », mais le fichier est la liste {expected}. Corrigez le code ou le nom du fichier.</translation>
    </message>
    <message>
        <source>“{value}” is not a field of the file. Remove it, or check its spelling.</source>
        <translation>« {value} » n'est pas un champ du fichier. Supprimez-le, ou vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>La liste</translation>
    </message>
    <message>
        <source>{file}, entry {entry} (“{id}”)</source>
        <translation>{file}, entrée {entry} (« {id} »)</translation>
    </message>
    <message>
        <source>{file}, entry {entry}</source>
        <translation>{file}, entrée {entry}</translation>
    </message>
    <message>
        <source>{place}, field “{field}”</source>
        <translation>{place}, champ « {field} »</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place} : {problem}</translation>
    </message>
    <message>
        <source>{place}: {problem} {hint}</source>
        <translation>{place} : {problem} {hint}</translation>
    </message>
    <message>
        <source>Correct your list in a text editor, or restore the shipped list (Financial aid window), which deletes your copy. Nothing was written over it.</source>
        <translation>Corrigez votre liste dans un éditeur de texte, ou rétablissez la liste fournie (fenêtre Aides financières), ce qui supprime votre copie. Rien n'a été écrit par-dessus.</translation>
    </message>
    <message>
        <source>This list comes with the application: reinstall it, or save your own list in its place.</source>
        <translation>Cette liste est fournie avec l'application : réinstallez celle-ci, ou enregistrez votre propre liste à sa place.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {position}). Save it as UTF-8.</source>
        <translation>Le fichier n'est pas un texte UTF-8 (octet {position}). Enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>Le fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {error} at line {line}, column {column}, in “{text}”.</source>
        <translation>Le fichier n'est pas un JSON valide : {error} à la ligne {line}, colonne {column}, dans « {text} ».</translation>
    </message>
</context>
<context>
    <name>FinancialAidDialog</name>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Description (French)</source>
        <translation>Description (français)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (anglais)</translation>
    </message>
    <message>
        <source>Source (publication)</source>
        <translation>Source (publication)</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>{code} — your list</source>
        <translation>{code} — votre liste</translation>
    </message>
    <message>
        <source>{code} — shipped list</source>
        <translation>{code} — liste fournie</translation>
    </message>
    <message>
        <source>This list cannot be read; it is left as it is.</source>
        <translation>Cette liste est illisible ; elle est laissée telle quelle.</translation>
    </message>
    <message>
        <source>Your own list, saved in {path}. Reports use it instead of the shipped list.</source>
        <translation>Votre propre liste, enregistrée dans {path}. Les rapports l'utilisent à la place de la liste fournie.</translation>
    </message>
    <message>
        <source>The list shipped with the application. Saving it writes your own copy to {path}.</source>
        <translation>La liste fournie avec l'application. L'enregistrer crée votre propre copie dans {path}.</translation>
    </message>
    <message>
        <source>The list could not be saved to {path}: {reason}</source>
        <translation>La liste n'a pas pu être enregistrée dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}. Reports use this list from now on.</source>
        <translation>Enregistrée dans {path}. Les rapports utilisent désormais cette liste.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>“{value}” is not a year. Write the year of the source in four digits (2024), or leave it empty.</source>
        <translation>« {value} » n'est pas une année. Écrivez l'année de la source en quatre chiffres (2024), ou laissez la case vide.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Ligne {row}, {column} : {problem}</translation>
    </message>
    <message>
        <source>Restore the shipped list</source>
        <translation>Rétablir la liste fournie</translation>
    </message>
    <message>
        <source>Delete your list for {country} ({path}) and use the shipped list again? Your entries are lost.</source>
        <translation>Supprimer votre liste {country} ({path}) et revenir à la liste fournie ? Vos entrées seront perdues.</translation>
    </message>
    <message>
        <source>Your list could not be deleted: {reason}</source>
        <translation>Votre liste n'a pas pu être supprimée : {reason}</translation>
    </message>
    <message>
        <source>The shipped list is used again.</source>
        <translation>La liste fournie est de nouveau utilisée.</translation>
    </message>
    <message>
        <source>Discard your changes to the list of {country}?</source>
        <translation>Abandonner vos modifications de la liste {country} ?</translation>
    </message>
    <message>
        <source>Financial aid</source>
        <translation>Aides financières</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>What the programme funds, and for whom</source>
        <translation>Ce que finance le programme, et pour qui</translation>
    </message>
    <message>
        <source>Add a programme</source>
        <translation>Ajouter un programme</translation>
    </message>
    <message>
        <source>Remove the selected programmes</source>
        <translation>Supprimer les programmes sélectionnés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{carrier} is {share}% of the site's final energy.</source>
        <translation>{carrier} : {share} % de l'énergie finale du site.</translation>
    </message>
    <message>
        <source>{carrier} is {share}% of the site's final energy and {bill}% of its bill.</source>
        <translation>{carrier} : {share} % de l'énergie finale du site et {bill} % de sa facture.</translation>
    </message>
    <message>
        <source>The largest end use is {end_use}: about {share}% of the energy billed.</source>
        <translation>Premier usage : {end_use}, environ {share} % de l'énergie facturée.</translation>
    </message>
    <message>
        <source>The inventory explains only {share}% of the {carrier} billed: {kwh} kWh a year go to uses not yet identified, to look for first in a detailed audit.</source>
        <translation>L'inventaire n'explique que {share} % de la consommation facturée ({carrier}) : {kwh} kWh par an vont à des usages encore non identifiés, à rechercher en priorité lors d'un audit approfondi.</translation>
    </message>
    <message>
        <source>{supply}: the cos φ surcharge costs {penalty} {currency} a year ({months} months of {of}); a {kvar} kvar capacitor bank of about {investment} {currency} would remove it.</source>
        <translation>{supply} : la majoration pour cos φ coûte {penalty} {currency} par an ({months} mois sur {of}) ; une batterie de condensateurs de {kvar} kvar, d'environ {investment} {currency}, la supprimerait.</translation>
    </message>
    <message>
        <source>{supply}: the cos φ surcharge costs {penalty} {currency} a year ({months} months of {of}); a {kvar} kvar capacitor bank of about {investment} {currency} would remove {saving} {currency} of it.</source>
        <translation>{supply} : la majoration pour cos φ coûte {penalty} {currency} par an ({months} mois sur {of}) ; une batterie de condensateurs de {kvar} kvar, d'environ {investment} {currency}, en supprimerait {saving} {currency}.</translation>
    </message>
    <message>
        <source>{supply}: the power called exceeds the subscribed power; the overrun charges come to {overrun} {currency} over the period.</source>
        <translation>{supply} : la puissance appelée dépasse la puissance souscrite ; les redevances de dépassement s'élèvent à {overrun} {currency} sur la période.</translation>
    </message>
    <message>
        <source>{supply}: a subscribed power of {recommended} kVA instead of {current} kVA would cost {saving} {currency} a year less in power and overrun charges (to confirm with the distributor).</source>
        <translation>{supply} : une puissance souscrite de {recommended} kVA au lieu de {current} kVA coûterait {saving} {currency} de moins par an en prime fixe et dépassements (à confirmer avec le distributeur).</translation>
    </message>
    <message>
        <source>{supply}: {share}% of the kWh are used in peak hours; moving {moved}% of them to off-peak hours would save {saving} {currency} a year.</source>
        <translation>{supply} : {share} % des kWh sont consommés en heures de pointe ; en reporter {moved} % en heures creuses économiserait {saving} {currency} par an.</translation>
    </message>
    <message numerus="yes">
        <source>{supply}: {count} invoices differ from the tariff by more than the tolerance: {invoices}. Check them with the distributor.</source>
        <translation>
            <numerusform>{supply} : {count} facture s'écarte du tarif de plus que la tolérance : {invoices}. À vérifier avec le distributeur.</numerusform>
            <numerusform>{supply} : {count} factures s'écartent du tarif de plus que la tolérance : {invoices}. À vérifier avec le distributeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The measure proposed would save {kwh} kWh a year ({share}% of final energy) and {cost} {currency} ({bill}% of the bill), avoiding {co2} t CO2.</source>
        <translation>La mesure proposée économiserait {kwh} kWh par an ({share} % de l'énergie finale) et {cost} {currency} ({bill} % de la facture), et éviterait {co2} t CO2.</translation>
    </message>
    <message>
        <source>The measures proposed would save {kwh} kWh a year ({share}% of final energy) and {cost} {currency} ({bill}% of the bill), avoiding {co2} t CO2.</source>
        <translation>Les mesures proposées économiseraient {kwh} kWh par an ({share} % de l'énergie finale) et {cost} {currency} ({bill} % de la facture), et éviteraient {co2} t CO2.</translation>
    </message>
    <message>
        <source>Renewable production would avoid buying {kwh} kWh a year, worth {cost} {currency}.</source>
        <translation>La production renouvelable éviterait l'achat de {kwh} kWh par an, soit {cost} {currency}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} invoices repeat another one and are left out of every figure.</source>
        <translation>
            <numerusform>{count} facture en répète une autre et est exclue de tous les chiffres.</numerusform>
            <numerusform>{count} factures en répètent une autre et sont exclues de tous les chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>{carrier} is billed for {covered} of the 12 months only: its figures are annualised from those months.</source>
        <translation>{carrier} : seuls {covered} mois sur 12 sont facturés ; ses chiffres sont annualisés à partir de ces mois.</translation>
    </message>
    <message numerus="yes">
        <source>{count} invoices have no amount: their kWh are counted, their cost is not.</source>
        <translation>
            <numerusform>{count} facture est sans montant : ses kWh sont comptés, pas son coût.</numerusform>
            <numerusform>{count} factures sont sans montant : leurs kWh sont comptés, pas leur coût.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapFill</name>
    <message>
        <source>From the month before and the month after</source>
        <translation>À partir du mois précédent et du mois suivant</translation>
    </message>
    <message>
        <source>From the same month a year earlier</source>
        <translation>À partir du même mois de l’année précédente</translation>
    </message>
    <message>
        <source>{month} cannot be estimated this way: {references} is not billed in full.</source>
        <translation>{month} ne peut pas être estimé de cette façon : {references} n’est pas entièrement facturé.</translation>
    </message>
    <message>
        <source>Estimated by the auditor from the mean daily use of {before} and {after}.</source>
        <translation>Estimée par l’auditeur à partir de la consommation journalière moyenne de {before} et {after}.</translation>
    </message>
    <message>
        <source>Estimated by the auditor from the daily use of {reference}.</source>
        <translation>Estimée par l’auditeur à partir de la consommation journalière de {reference}.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Final energy</source>
        <translation>Énergie finale</translation>
    </message>
    <message>
        <source>Energy as the site buys it (electricity, fuels), in kWh on the net heating value basis; not the primary energy used to produce it.</source>
        <translation>L'énergie telle que le site l'achète (électricité, combustibles), en kWh PCI ; non l'énergie primaire nécessaire pour la produire.</translation>
    </message>
    <message>
        <source>toe</source>
        <translation>tep</translation>
    </message>
    <message>
        <source>Tonne of oil equivalent: 11,630 kWh of final energy.</source>
        <translation>Tonne d'équivalent pétrole : 11 630 kWh d'énergie finale.</translation>
    </message>
    <message>
        <source>Peak, standard and off-peak hours</source>
        <translation>Heures de pointe, heures pleines, heures creuses</translation>
    </message>
    <message>
        <source>The time-of-use periods of the electricity tariff (heures de pointe, heures pleines, heures creuses), each with its own price per kWh.</source>
        <translation>Les postes horaires du tarif d'électricité, chacun avec son prix du kWh.</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Puissance souscrite</translation>
    </message>
    <message>
        <source>The power (kVA) of the contract: the power charge (prime fixe) is billed on it every month.</source>
        <translation>La puissance (kVA) du contrat : la prime fixe est facturée sur elle chaque mois.</translation>
    </message>
    <message>
        <source>Power called</source>
        <translation>Puissance appelée</translation>
    </message>
    <message>
        <source>The highest power (kVA) the meter recorded in the month (puissance appelée); above the subscribed power it is billed as an overrun.</source>
        <translation>La puissance maximale (kVA) enregistrée par le compteur dans le mois ; au-delà de la puissance souscrite, elle est facturée en dépassement.</translation>
    </message>
    <message>
        <source>Overrun charges</source>
        <translation>Redevances de dépassement</translation>
    </message>
    <message>
        <source>What the distributor bills for the power called above the subscribed power (RDPS in Morocco).</source>
        <translation>Ce que le distributeur facture pour la puissance appelée au-delà de la puissance souscrite (RDPS au Maroc).</translation>
    </message>
    <message>
        <source>cos φ (power factor)</source>
        <translation>cos φ (facteur de puissance)</translation>
    </message>
    <message>
        <source>The share of the power drawn that does work: kWh ÷ √(kWh² + kvarh²). Below the tariff's threshold the bill carries a surcharge; a capacitor bank raises it.</source>
        <translation>La part de la puissance appelée qui produit un travail : kWh ÷ √(kWh² + kvarh²). Sous le seuil du tarif, la facture porte une majoration ; une batterie de condensateurs le relève.</translation>
    </message>
    <message>
        <source>Reactive energy</source>
        <translation>Énergie réactive</translation>
    </message>
    <message>
        <source>Energy (kvarh) that motors and transformers exchange with the grid without using it; it lowers the cos φ.</source>
        <translation>L'énergie (kvarh) que moteurs et transformateurs échangent avec le réseau sans la consommer ; elle abaisse le cos φ.</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>What the energy is used for (process heat, compressed air, lighting…), from the inventory.</source>
        <translation>Ce à quoi sert l'énergie (chaleur de procédé, air comprimé, éclairage…), selon l'inventaire.</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Non expliqué</translation>
    </message>
    <message>
        <source>The part of the energy billed that the inventory does not account for: shown as such, never spread over the end uses.</source>
        <translation>La part de l'énergie facturée que l'inventaire n'explique pas : montrée comme telle, jamais répartie sur les usages.</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>Temps de retour simple</translation>
    </message>
    <message>
        <source>The investment divided by the yearly saving, in years.</source>
        <translation>L'investissement divisé par l'économie annuelle, en années.</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>Net present value: the yearly savings over the measure's lifetime, discounted, less the investment.</source>
        <translation>Valeur actuelle nette : les économies annuelles sur la durée de vie de la mesure, actualisées, moins l'investissement.</translation>
    </message>
    <message>
        <source>Renewable production</source>
        <translation>Production renouvelable</translation>
    </message>
    <message>
        <source>Energy produced on site (solar panels, solar water heating): it reduces purchases, not the energy the site uses, and is counted apart from savings.</source>
        <translation>L'énergie produite sur site (panneaux photovoltaïques, chauffe-eau solaire) : elle réduit les achats, non l'énergie consommée, et est comptée à part des économies.</translation>
    </message>
    <message>
        <source>t CO2 avoided</source>
        <translation>t CO2 évitées</translation>
    </message>
    <message>
        <source>The emissions a saving avoids each year, with the factor of the carrier saved (for electricity, the grid's combined margin).</source>
        <translation>Les émissions qu'une économie évite chaque année, avec le facteur du vecteur économisé (pour l'électricité, la marge combinée du réseau).</translation>
    </message>
    <message>
        <source>MT (medium voltage)</source>
        <translation>MT (moyenne tension)</translation>
    </message>
    <message>
        <source>Supply at medium voltage (moyenne tension), billed by ONEE or the city's distributor on the general MT tariff: energy by time of use, power charge, overruns and the cos φ surcharge.</source>
        <translation>Raccordement en moyenne tension, facturé par l'ONEE ou le distributeur de la ville au tarif général MT : énergie par poste horaire, prime fixe, dépassements et majoration cos φ.</translation>
    </message>
    <message>
        <source>Excl. VAT, incl. VAT</source>
        <translation>HT, TTC</translation>
    </message>
    <message>
        <source>Amounts before and after VAT (HT, TTC). The report's costs exclude VAT, which a company recovers.</source>
        <translation>Montants hors taxes et toutes taxes comprises. Les coûts du rapport sont HT : l'entreprise récupère la TVA.</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>GRD</translation>
    </message>
    <message>
        <source>Distribution system operator (gestionnaire de réseau de distribution, GRD; ORES or RESA in Wallonia): it runs the local grid and the meters; its network charges appear on the supplier's bill.</source>
        <translation>Gestionnaire de réseau de distribution (ORES ou RESA en Wallonie) : il exploite le réseau local et les compteurs ; ses frais de réseau figurent sur la facture du fournisseur.</translation>
    </message>
    <message>
        <source>Quarter-hour peak</source>
        <translation>Pointe quart-horaire</translation>
    </message>
    <message>
        <source>The highest average power over a quarter of an hour in the month, read by the meter; a medium-voltage customer's network capacity charges are billed on it.</source>
        <translation>La plus forte puissance moyenne sur un quart d'heure dans le mois, relevée par le compteur ; les frais de capacité de réseau d'un client moyenne tension sont facturés sur elle.</translation>
    </message>
    <message>
        <source>Gross calorific value (GCV)</source>
        <translation>Pouvoir calorifique supérieur (PCS)</translation>
    </message>
    <message>
        <source>Natural gas is billed in kWh on the gross calorific value (PCS), which counts the heat of the water vapour; the report converts it to the net value (PCI), as for every carrier.</source>
        <translation>Le gaz naturel est facturé en kWh PCS, qui compte la chaleur de la vapeur d'eau ; le rapport le convertit en PCI, comme pour tous les vecteurs.</translation>
    </message>
</context>
<context>
    <name>Horizon</name>
    <message>
        <source>Immediate (within 3 months)</source>
        <translation>Immédiat (sous 3 mois)</translation>
    </message>
    <message>
        <source>Short term (within a year)</source>
        <translation>Court terme (sous un an)</translation>
    </message>
    <message>
        <source>Medium term (1 to 3 years)</source>
        <translation>Moyen terme (1 à 3 ans)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{field}” is not an import field (fields: {fields}).</source>
        <translation>« {field} » n'est pas un champ d'import (champs : {fields}).</translation>
    </message>
    <message>
        <source>{file} has {count} columns named “{column}” (columns {numbers}): choose one by its number.</source>
        <translation>{file} a {count} colonnes nommées « {column} » (colonnes {numbers}) : choisissez-en une par son numéro.</translation>
    </message>
    <message>
        <source>{file} has no column “{column}” (columns: {columns}).</source>
        <translation>{file} n'a pas de colonne « {column} » (colonnes : {columns}).</translation>
    </message>
    <message>
        <source>{file}: no column was recognised as “{label}” (nor as any field that can stand for it). Choose its column with --map {field}=COLUMN (a header or a column number).</source>
        <translation>{file} : aucune colonne n'a été reconnue comme « {label} » (ni comme un champ qui peut en tenir lieu). Choisissez sa colonne avec --map {field}=COLONNE (un en-tête ou un numéro de colonne).</translation>
    </message>
    <message>
        <source>{count} columns are named “{column}” (columns {numbers}); {used}. Check the mapping.</source>
        <translation>{count} colonnes sont nommées « {column} » (colonnes {numbers}) ; {used}. Vérifiez la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>column {number} is read as “{label}”</source>
        <translation>la colonne {number} est lue comme « {label} »</translation>
    </message>
    <message>
        <source>none of them is read</source>
        <translation>aucune n'est lue</translation>
    </message>
    <message>
        <source>Column {number} “{column}” is energy sent to the grid (injection), not bought: it is not read.</source>
        <translation>La colonne {number} « {column} » est de l'énergie injectée sur le réseau, pas achetée : elle n'est pas lue.</translation>
    </message>
    <message>
        <source>Column {number} “{column}” looks like “{label}” but is not read; choose it in the mapping if it should be.</source>
        <translation>La colonne {number} « {column} » ressemble à « {label} » mais n'est pas lue ; choisissez-la dans la correspondance des colonnes si elle doit l'être.</translation>
    </message>
    <message>
        <source>{file}: the amounts of column “{column}” are in {found}, but those of {site} are in {currency}. Set the site's currency to {found}, or convert the amounts first.</source>
        <translation>{file} : les montants de la colonne « {column} » sont en {found}, mais ceux de {site} sont en {currency}. Mettez la devise du site en {found}, ou convertissez d'abord les montants.</translation>
    </message>
    <message>
        <source>The mapping remembered for this header row on {saved} was used; the dialog can forget it.</source>
        <translation>La correspondance retenue pour cette ligne d'en-tête le {saved} a été utilisée ; la fenêtre d'import peut l'oublier.</translation>
    </message>
    <message>
        <source>Row {row} repeats row {first} exactly.</source>
        <translation>La ligne {row} répète exactement la ligne {first}.</translation>
    </message>
    <message>
        <source>Factor used: {key} = {value} {unit} ({origin}).</source>
        <translation>Facteur utilisé : {key} = {value} {unit} ({origin}).</translation>
    </message>
    <message>
        <source>Row {row} is a total (“{label}”), not an invoice: it is not imported, so that its rows are not counted twice.</source>
        <translation>La ligne {row} est un total (« {label} »), pas une facture : elle n'est pas importée, pour que ses lignes ne soient pas comptées deux fois.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Row {first} already gives this period ({when}) with other figures; row {first} is kept. If both are invoices, give each its invoice number; if one corrects the other, keep only the right one.</source>
        <translation>La ligne {first} donne déjà cette période ({when}) avec d'autres chiffres ; la ligne {first} est gardée. Si ce sont deux factures, donnez à chacune son numéro de facture ; si l'une corrige l'autre, ne gardez que la bonne.</translation>
    </message>
    <message>
        <source>There is no import profile named “{name}” (known: {known}).</source>
        <translation>Aucun profil d'import ne s'appelle « {name} » (connus : {known}).</translation>
    </message>
    <message>
        <source>No date of the file shows whether the day or the month comes first; they were read as {order}, the order in which its periods make sense. Check the periods.</source>
        <translation>Aucune date du fichier ne montre si le jour ou le mois vient en premier ; elles ont été lues en {order}, l'ordre dans lequel ses périodes ont un sens. Vérifiez les périodes.</translation>
    </message>
    <message>
        <source>No date of the file shows whether the day or the month comes first; they were read as {order}. Check the periods.</source>
        <translation>Aucune date du fichier ne montre si le jour ou le mois vient en premier ; elles ont été lues en {order}. Vérifiez les périodes.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/jj/aaaa</translation>
    </message>
    <message>
        <source>The oldest bill ({end}) has no previous bill: it is taken as one month long.</source>
        <translation>La facture la plus ancienne ({end}) n'a pas de facture précédente : elle est comptée sur un mois.</translation>
    </message>
    <message>
        <source>This cell is empty.</source>
        <translation>Cette cellule est vide.</translation>
    </message>
    <message>
        <source>Quantities in {unit} cannot be turned into {target} without a factor: give the supply its heating value (the supply's form, or workbench set-supply … --heating-value), or set the supply's unit to {unit}.</source>
        <translation>Des quantités en {unit} ne peuvent pas être converties en {target} sans facteur : donnez son pouvoir calorifique à l'approvisionnement (sa fiche, ou workbench set-supply … --heating-value), ou mettez l'unité de l'approvisionnement en {unit}.</translation>
    </message>
    <message>
        <source>This cell is empty: give the reading multiplier (1 if the meter has none).</source>
        <translation>Cette cellule est vide : indiquez le coefficient de lecture (1 si le compteur n'en a pas).</translation>
    </message>
    <message>
        <source>A reading multiplier is greater than zero.</source>
        <translation>Un coefficient de lecture est supérieur à zéro.</translation>
    </message>
    <message>
        <source>This cell is empty: a consumption needs both indexes of the register.</source>
        <translation>Cette cellule est vide : une consommation demande les deux index du registre.</translation>
    </message>
    <message>
        <source>The index went down, from {previous} to {current}: did the meter roll over (its counter passed 99…9) or was it replaced? If it rolled over, say so (in the dialog, or --rollover {row}); if it was replaced, type this bill's consumption by hand.</source>
        <translation>L'index a baissé, de {previous} à {current} : le compteur est-il repassé par zéro (après 99…9) ou a-t-il été remplacé ? S'il est repassé par zéro, dites-le (dans la fenêtre d'import, ou --rollover {row}) ; s'il a été remplacé, saisissez à la main la consommation de cette facture.</translation>
    </message>
    <message>
        <source>The bill gives {billed} but its indexes give {readings}; correct one of them.</source>
        <translation>La facture indique {billed} mais ses index donnent {readings} ; corrigez l'un des deux.</translation>
    </message>
    <message>
        <source>{file}: there is no such file.</source>
        <translation>{file} : ce fichier n'existe pas.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <source>{file} is protected by a password; save an unprotected copy.</source>
        <translation>{file} est protégé par un mot de passe ; enregistrez-en une copie non protégée.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a table of invoices can be: export a shorter period or split the file.</source>
        <translation>{file} pèse {size} Mo, plus que les {limit} Mo que peut faire un relevé de factures : exportez une période plus courte ou découpez le fichier.</translation>
    </message>
    <message>
        <source>{file} cannot be opened ({reason}); check that it is not open elsewhere.</source>
        <translation>{file} ne peut pas être ouvert ({reason}) ; vérifiez qu'il n'est pas ouvert ailleurs.</translation>
    </message>
    <message>
        <source>{file} is in {format} format, which cannot be read here: open it in Excel or LibreOffice Calc and save it as XLSX or CSV.</source>
        <translation>{file} est au format {format}, illisible ici : ouvrez-le dans Excel ou LibreOffice Calc et enregistrez-le en XLSX ou CSV.</translation>
    </message>
    <message>
        <source>{file} is in {format} format, not a table of invoices: export the invoices as CSV or Excel (XLSX).</source>
        <translation>{file} est au format {format}, ce n'est pas un relevé de factures : exportez les factures en CSV ou en Excel (XLSX).</translation>
    </message>
    <message>
        <source>{file} is an image ({format}), not a table of invoices: type the invoices into a spreadsheet, or export them as CSV or Excel (XLSX).</source>
        <translation>{file} est une image ({format}), pas un relevé de factures : saisissez les factures dans un tableur, ou exportez-les en CSV ou en Excel (XLSX).</translation>
    </message>
    <message>
        <source>{file} is an archive ({format}), not a table of invoices: extract the table from it and import that file.</source>
        <translation>{file} est une archive ({format}), pas un relevé de factures : extrayez-en le tableau et importez ce fichier.</translation>
    </message>
    <message>
        <source>{file} is not a text table (CSV or TXT) nor a spreadsheet: export the invoices as CSV or Excel (XLSX).</source>
        <translation>{file} n'est ni un tableau texte (CSV ou TXT) ni un classeur : exportez les factures en CSV ou en Excel (XLSX).</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({reason}); open it in Excel or LibreOffice Calc and save it again, or export it as CSV.</source>
        <translation>{file} ne peut pas être lu comme un classeur ({reason}) ; ouvrez-le dans Excel ou LibreOffice Calc et enregistrez-le à nouveau, ou exportez-le en CSV.</translation>
    </message>
    <message>
        <source>{file}: “{encoding}” is not a text encoding this program knows; choose another one (e.g. UTF-8 or Windows-1252).</source>
        <translation>{file} : « {encoding} » n'est pas un encodage de texte connu ; choisissez-en un autre (p. ex. UTF-8 ou Windows-1252).</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding} text (row {row}); choose another encoding.</source>
        <translation>{file} ne peut pas être lu comme du texte {encoding} (ligne {row}) ; choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row runs over {limit} characters, far too long for a row of invoices; a quotation mark (") may be missing near column {column}. Correct the file or export it again.</source>
        <translation>{file}, ligne {row} : la ligne dépasse {limit} caractères, bien trop pour une ligne de factures ; il manque peut-être un guillemet (") vers la colonne {column}. Corrigez le fichier ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a text table at row {row} ({reason}); correct the file.</source>
        <translation>{file} ne peut pas être lu comme un tableau texte à la ligne {row} ({reason}) ; corrigez le fichier.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the cell holds a NUL character (byte 0), so the file is damaged or is not a text table. Export it again, or open it in a spreadsheet and save it as CSV.</source>
        <translation>{file}, ligne {row}, colonne {column} : la cellule contient un caractère NUL (octet 0) : le fichier est abîmé ou n'est pas un tableau texte. Exportez-le à nouveau, ou ouvrez-le dans un tableur et enregistrez-le en CSV.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the cell holds more than {limit} characters, which no invoice value does; a quotation mark (") may be missing before it. Correct the file or export it again.</source>
        <translation>{file}, ligne {row}, colonne {column} : la cellule contient plus de {limit} caractères, ce qu'aucune valeur de facture ne fait ; il manque peut-être un guillemet (") avant elle. Corrigez le fichier ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows, more than a load curve can be read at once: split it.</source>
        <translation>{file} a plus de {limit} lignes, plus qu'une courbe de charge lue d'un coup : découpez-le.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows: no table of invoices is that long. If it is a meter export, import it as a load curve; otherwise split it into smaller files.</source>
        <translation>{file} a plus de {limit} lignes : aucun relevé de factures n'est aussi long. Si c'est un export de compteur, importez-le comme courbe de charge ; sinon, découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {count} cells, more than the {limit} columns of a spreadsheet; the file is not a table of invoices, or its delimiter is wrong (choose another one).</source>
        <translation>{file}, ligne {row} : la ligne a {count} cellules, plus que les {limit} colonnes d'un tableur ; ce n'est pas un relevé de factures, ou son séparateur est faux (choisissez-en un autre).</translation>
    </message>
    <message>
        <source>{file} has more than {limit} cells (by row {row}): no table of invoices is that large. Split it into smaller files.</source>
        <translation>{file} a plus de {limit} cellules (dès la ligne {row}) : aucun relevé de factures n'est aussi grand. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{file} holds too much data to be read: its first {rows} rows already take more than {limit} MB. Split it into smaller files.</source>
        <translation>{file} contient trop de données pour être lu : ses {rows} premières lignes occupent déjà plus de {limit} Mo. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{file} is a load curve ({minutes}-minute intervals, registers: {registers}), not a table of invoices: import it as a load curve.</source>
        <translation>{file} est une courbe de charge (pas de {minutes} minutes, registres : {registers}), pas un relevé de factures : importez-la comme courbe de charge.</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>{file} n'a pas de feuille « {sheet} » (feuilles : {sheets}).</translation>
    </message>
    <message>
        <source>{file} holds no data.</source>
        <translation>{file} ne contient aucune donnée.</translation>
    </message>
    <message>
        <source>{file} has a sheet spanning more than {limit} cells (rows × columns), far more than a table of invoices: delete the unused rows and columns, or export the invoices as CSV.</source>
        <translation>{file} a une feuille de plus de {limit} cellules (lignes × colonnes), bien plus qu'un relevé de factures : supprimez les lignes et colonnes inutilisées, ou exportez les factures en CSV.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} archive members: it is not a workbook of invoices. Export the invoices as CSV or Excel (XLSX).</source>
        <translation>{file} contient plus de {limit} éléments d'archive : ce n'est pas un classeur de factures. Exportez les factures en CSV ou en Excel (XLSX).</translation>
    </message>
    <message>
        <source>{file} would unpack to more than {limit} MB, far more than a workbook of invoices: it is damaged or built to exhaust memory. Export the invoices as CSV, or save a smaller copy of the workbook.</source>
        <translation>{file} occuperait plus de {limit} Mo une fois décompressé, bien plus qu'un classeur de factures : il est abîmé ou fait pour épuiser la mémoire. Exportez les factures en CSV, ou enregistrez une copie plus petite du classeur.</translation>
    </message>
    <message>
        <source>{file} holds a member ({member}) compressed more than {ratio} to 1, as archive bombs are: it is refused. Save the workbook again from the spreadsheet, or export the invoices as CSV.</source>
        <translation>{file} contient un élément ({member}) compressé plus de {ratio} fois, comme les bombes de décompression : il est refusé. Enregistrez à nouveau le classeur depuis le tableur, ou exportez les factures en CSV.</translation>
    </message>
    <message>
        <source>{file} is damaged: its member {member} is not the size the archive says. Save or download it again.</source>
        <translation>{file} est abîmé : son élément {member} n'a pas la taille annoncée par l'archive. Enregistrez-le ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} repeats its texts into more than {limit} million characters of cells, far more than a workbook of invoices: it is refused. Export the invoices as CSV.</source>
        <translation>{file} répète ses textes en plus de {limit} millions de caractères de cellules, bien plus qu'un classeur de factures : il est refusé. Exportez les factures en CSV.</translation>
    </message>
    <message>
        <source>{file}: the decimal mark cannot be told from the numbers — “{example}” could be a thousand times more or less. Choose the decimal mark (on the command line: --decimal , or --decimal .).</source>
        <translation>{file} : les nombres ne disent pas quel est le séparateur décimal — « {example} » pourrait valoir mille fois plus ou moins. Choisissez le séparateur décimal (en ligne de commande : --decimal , ou --decimal .).</translation>
    </message>
    <message>
        <source>{file}: there is no row {row} to use as the header.</source>
        <translation>{file} : il n'y a pas de ligne {row} à prendre comme en-tête.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>« {text} » n'est pas un nombre.</translation>
    </message>
    <message>
        <source>“{text}” is not a real date.</source>
        <translation>« {text} » n'est pas une date réelle.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>« {text} » n'est pas une date.</translation>
    </message>
    <message>
        <source>“{text}” is not a month.</source>
        <translation>« {text} » n'est pas un mois.</translation>
    </message>
    <message>
        <source>“{text}” is neither yes nor no.</source>
        <translation>« {text} » n'est ni oui ni non.</translation>
    </message>
    <message>
        <source>“{text}” is not an end use.</source>
        <translation>« {text} » n'est pas un usage.</translation>
    </message>
    <message>
        <source>“{text}” is not an energy carrier.</source>
        <translation>« {text} » n'est pas un vecteur énergétique.</translation>
    </message>
    <message>
        <source>This row cannot be read as an equipment item.</source>
        <translation>Cette ligne ne peut pas être lue comme un équipement.</translation>
    </message>
    <message>
        <source>{file}: no column of equipment names was found (columns: {columns}).</source>
        <translation>{file} : aucune colonne de noms d'équipements n'a été trouvée (colonnes : {columns}).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Invoices to import</source>
        <translation>Factures à importer</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>No column was recognised as “{label}”: choose its column under Columns.</source>
        <translation>Aucune colonne n'a été reconnue comme « {label} » : choisissez sa colonne sous Colonnes.</translation>
    </message>
    <message>
        <source>Import into: {site} ▸ {supply}</source>
        <translation>Import dans : {site} ▸ {supply}</translation>
    </message>
    <message>
        <source>(a new supply, in {unit})</source>
        <translation>(un nouvel approvisionnement, en {unit})</translation>
    </message>
    <message>
        <source>The columns are read as you chose them for this header row on {saved}.</source>
        <translation>Les colonnes sont lues comme vous les avez choisies pour cette ligne d'en-tête le {saved}.</translation>
    </message>
    <message>
        <source>Meter rollovers</source>
        <translation>Passages du compteur par zéro</translation>
    </message>
    <message>
        <source>In rows {rows} a meter index went down. If the counter rolled over (passed 99…9), the consumption is worked out past the rollover. If a meter was replaced, answer No and type those bills' consumption by hand.

Did these counters roll over?</source>
        <translation>Aux lignes {rows}, un index du compteur a baissé. Si le compteur est repassé par zéro (après 99…9), la consommation est calculée au-delà de ce passage. Si un compteur a été remplacé, répondez Non et saisissez à la main la consommation de ces factures.

Ces compteurs sont-ils repassés par zéro ?</translation>
    </message>
    <message>
        <source>Replaces the stored bill: {changes}</source>
        <translation>Remplace la facture enregistrée : {changes}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Invoice / note</source>
        <translation>Facture / bon</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pointe</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Pleines</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Creuses</translation>
    </message>
    <message>
        <source>Reactive (kvarh)</source>
        <translation>Réactif (kvarh)</translation>
    </message>
    <message>
        <source>Reached power</source>
        <translation>Puissance appelée</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Cost incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Choose a file of invoices (CSV, TXT, XLSX, XLS or ODS).</source>
        <translation>Choisissez un fichier de factures (CSV, TXT, XLSX, XLS ou ODS).</translation>
    </message>
    <message>
        <source>{read} rows read: {new} new, {changed} changed, {identical} identical, {refused} refused, {skipped} skipped.</source>
        <translation>{read} lignes lues : {new} nouvelles, {changed} modifiées, {identical} identiques, {refused} refusées, {skipped} écartées.</translation>
    </message>
    <message>
        <source>{column}, {count} × — {reason} (first: row {first}) Rows {rows}.</source>
        <translation>{column}, {count} × — {reason} (première : ligne {first}) Lignes {rows}.</translation>
    </message>
    <message>
        <source>… and {count} other reasons: see the Reason column.</source>
        <translation>… et {count} autres motifs : voir la colonne Motif.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>Importer des factures</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d'en-tête</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvée</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What will be stored</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
    <message>
        <source>The file as read</source>
        <translation>Le fichier tel que lu</translation>
    </message>
    <message>
        <source>Forget this mapping</source>
        <translation>Oublier cette correspondance</translation>
    </message>
    <message>
        <source>Meter rollovers…</source>
        <translation>Passages par zéro…</translation>
    </message>
    <message>
        <source>Leave the refused rows out</source>
        <translation>Laisser de côté les lignes refusées</translation>
    </message>
    <message>
        <source>Save the refused rows…</source>
        <translation>Enregistrer les lignes refusées…</translation>
    </message>
    <message>
        <source>Save the mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Import as a load curve…</source>
        <translation>Importer comme courbe de charge…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>{row} (header)</source>
        <translation>{row} (en-tête)</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Period start</source>
        <translation>Début de période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>kWh peak hours</source>
        <translation>kWh heures de pointe</translation>
    </message>
    <message>
        <source>kWh standard hours</source>
        <translation>kWh heures pleines</translation>
    </message>
    <message>
        <source>kWh off-peak hours</source>
        <translation>kWh heures creuses</translation>
    </message>
    <message>
        <source>Reactive energy (kvarh)</source>
        <translation>Énergie réactive (kvarh)</translation>
    </message>
    <message>
        <source>Reached power (kW)</source>
        <translation>Puissance appelée (kW)</translation>
    </message>
    <message>
        <source>Reached power (kVA)</source>
        <translation>Puissance appelée (kVA)</translation>
    </message>
    <message>
        <source>Subscribed power (kVA)</source>
        <translation>Puissance souscrite (kVA)</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Cost incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimée</translation>
    </message>
    <message>
        <source>Previous index</source>
        <translation>Ancien index</translation>
    </message>
    <message>
        <source>Current index</source>
        <translation>Nouvel index</translation>
    </message>
    <message>
        <source>Previous index, peak hours</source>
        <translation>Ancien index, heures de pointe</translation>
    </message>
    <message>
        <source>Current index, peak hours</source>
        <translation>Nouvel index, heures de pointe</translation>
    </message>
    <message>
        <source>Previous index, standard hours</source>
        <translation>Ancien index, heures pleines</translation>
    </message>
    <message>
        <source>Current index, standard hours</source>
        <translation>Nouvel index, heures pleines</translation>
    </message>
    <message>
        <source>Previous index, off-peak hours</source>
        <translation>Ancien index, heures creuses</translation>
    </message>
    <message>
        <source>Current index, off-peak hours</source>
        <translation>Nouvel index, heures creuses</translation>
    </message>
    <message>
        <source>Previous index, reactive energy</source>
        <translation>Ancien index, énergie réactive</translation>
    </message>
    <message>
        <source>Current index, reactive energy</source>
        <translation>Nouvel index, énergie réactive</translation>
    </message>
    <message>
        <source>Reading multiplier</source>
        <translation>Coefficient de lecture</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>LoadCurve</name>
    <message>
        <source>No column gives the time of the intervals.</source>
        <translation>Aucune colonne ne donne l’heure des intervalles.</translation>
    </message>
    <message>
        <source>No column gives the values.</source>
        <translation>Aucune colonne ne donne les valeurs.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>« {text} » n’est pas une date avec une heure.</translation>
    </message>
    <message>
        <source>“{text}” is not a unit of energy or power (kWh, Wh, kW, W or m³).</source>
        <translation>« {text} » n’est pas une unité d’énergie ou de puissance (kWh, Wh, kW, W ou m³).</translation>
    </message>
    <message>
        <source>The file does not say the unit of the values: say it (kW, kWh, W or Wh) and import again.</source>
        <translation>Le fichier ne dit pas l’unité des valeurs : indiquez-la (kW, kWh, W ou Wh) et importez à nouveau.</translation>
    </message>
    <message>
        <source>The length of the intervals cannot be told (a single reading).</source>
        <translation>La durée des intervalles ne peut pas être déduite (une seule mesure).</translation>
    </message>
    <message>
        <source>The clocks of {zone} go back on {day}, but the file writes its hour {time} only once: the meter's clock does not change. Give its fixed offset as the time zone (e.g. Etc/GMT-1 for UTC+1) and import again.</source>
        <translation>Le {day}, l’heure recule d’une heure dans le fuseau {zone}, mais le fichier n’écrit son heure de {time} qu’une fois : l’horloge du compteur ne change pas d’heure. Indiquez son décalage fixe comme fuseau horaire (par exemple Etc/GMT-1 pour UTC+1) et importez à nouveau.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks skip that hour. Check the time zone of the meter.</source>
        <translation>{time} n’existe pas dans le fuseau {zone} : l’heure avance à ce moment-là. Vérifiez le fuseau horaire du compteur.</translation>
    </message>
    <message>
        <source>{time} is written more than twice for the same register.</source>
        <translation>{time} figure plus de deux fois pour le même registre.</translation>
    </message>
    <message>
        <source>{register}: a second reading for the interval of {time} (row {other}), with another value.</source>
        <translation>{register} : une deuxième mesure pour l’intervalle de {time} (ligne {other}), avec une autre valeur.</translation>
    </message>
    <message>
        <source>{register}: the interval of {time} overlaps the interval before it.</source>
        <translation>{register} : l’intervalle de {time} chevauche l’intervalle précédent.</translation>
    </message>
    <message>
        <source>No row of the header labels the intervals of a day.</source>
        <translation>Aucune ligne d’en-tête ne nomme les intervalles d’une journée.</translation>
    </message>
    <message>
        <source>{date} has {hours} hours: column “{column}” is after its end.</source>
        <translation>Le {date} compte {hours} heures : la colonne « {column} » tombe après la fin de la journée.</translation>
    </message>
</context>
<context>
    <name>LoadCurveDialog</name>
    <message>
        <source>Load curve to import</source>
        <translation>Courbe de charge à importer</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one in the list or type one (e.g. Africa/Casablanca).</source>
        <translation>« {zone} » n’est pas un fuseau horaire : choisissez-en un dans la liste ou tapez-le (p. ex. Africa/Casablanca).</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Placing the intervals of {file} on the meter's clock…</source>
        <translation>Mise à l’heure du compteur des intervalles de {file}…</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colonne {number}</translation>
    </message>
    <message>
        <source>(each number column, one register each)</source>
        <translation>(chaque colonne de nombres, un registre chacune)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>The columns are read as you chose them for this header row on {saved}.</source>
        <translation>Les colonnes sont lues comme vous les avez choisies pour cette ligne d’en-tête le {saved}.</translation>
    </message>
    <message>
        <source>{site} has no supply to hold a load curve: add an electricity supply first.</source>
        <translation>{site} n’a aucun point de livraison pour recevoir une courbe de charge : ajoutez d’abord un point de livraison d’électricité.</translation>
    </message>
    <message>
        <source>Choose the file of a meter's load curve.</source>
        <translation>Choisissez le fichier de la courbe de charge d’un compteur.</translation>
    </message>
    <message numerus="yes">
        <source>{rows} rows read, %n refused: nothing will be stored. Correct the file, or say which column is what, and the preview follows.</source>
        <translation>
            <numerusform>{rows} lignes lues, %n refusée : rien ne sera enregistré. Corrigez le fichier ou indiquez quelle colonne contient quoi ; l’aperçu suit.</numerusform>
            <numerusform>{rows} lignes lues, %n refusées : rien ne sera enregistré. Corrigez le fichier ou indiquez quelle colonne contient quoi ; l’aperçu suit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} rows read into %n registers, none refused.</source>
        <translation>
            <numerusform>{rows} lignes lues dans %n registre, aucune refusée.</numerusform>
            <numerusform>{rows} lignes lues dans %n registres, aucune refusée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat an interval with the same value: read once.</source>
        <translation>
            <numerusform>%n ligne répète un intervalle avec la même valeur : lue une fois.</numerusform>
            <numerusform>%n lignes répètent un intervalle avec la même valeur : lues une fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was stored: %n intervals of the file differ from the readings already stored for this supply.</source>
        <translation>
            <numerusform>Rien n’a été enregistré : %n intervalle du fichier diffère des relevés déjà enregistrés pour ce point de livraison.</numerusform>
            <numerusform>Rien n’a été enregistré : %n intervalles du fichier diffèrent des relevés déjà enregistrés pour ce point de livraison.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times placed on the {zone} clock.</source>
        <translation>Heures placées sur l’horloge {zone}.</translation>
    </message>
    <message>
        <source>Offtake</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalles</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimés</translation>
    </message>
    <message>
        <source>First interval</source>
        <translation>Premier intervalle</translation>
    </message>
    <message>
        <source>Last interval</source>
        <translation>Dernier intervalle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>{register}, {when}: {new} kWh in the file, {stored} kWh already stored</source>
        <translation>{register}, {when} : {new} kWh dans le fichier, {stored} kWh déjà enregistrés</translation>
    </message>
    <message>
        <source>Import a load curve</source>
        <translation>Importer une courbe de charge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Point de livraison</translation>
    </message>
    <message>
        <source>Meter's clock</source>
        <translation>Horloge du compteur</translation>
    </message>
    <message>
        <source>Unit of the values</source>
        <translation>Unité des valeurs</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>celle du fichier</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>The time zone the meter writes its times in. A meter that stays on UTC+1 all year: Etc/GMT-1.</source>
        <translation>Le fuseau horaire dans lequel le compteur écrit ses heures. Un compteur qui reste à UTC+1 toute l’année : Etc/GMT-1.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Forget this mapping</source>
        <translation>Oublier cette correspondance</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LoadCurveField</name>
    <message>
        <source>Start (date and time, or date)</source>
        <translation>Début (date et heure, ou date)</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End (date and time, or date)</source>
        <translation>Fin (date et heure, ou date)</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation>Durée de l’intervalle</translation>
    </message>
</context>
<context>
    <name>LoadCurvePage</name>
    <message>
        <source>Offtake</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>Du lundi au vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Hours a year at or above the power</source>
        <translation>Heures par an à cette puissance ou au-dessus</translation>
    </message>
    <message>
        <source>P10–P90 band</source>
        <translation>Bande P10–P90</translation>
    </message>
    <message>
        <source>{supply} — load curve</source>
        <translation>{supply} — courbe de charge</translation>
    </message>
    <message>
        <source>{first} – {last}: {count} intervals of {minutes} min, {missing} missing; times in {zone}.</source>
        <translation>Du {first} au {last} : {count} intervalles de {minutes} min, {missing} sans relevé ; heure locale ({zone}).</translation>
    </message>
    <message>
        <source>The time zone of {country} is not known: times are shown in UTC.</source>
        <translation>Le fuseau horaire de {country} n’est pas connu : les heures sont en UTC.</translation>
    </message>
    <message>
        <source>{caption}: {energy}</source>
        <translation>{caption} : {energy}</translation>
    </message>
    <message>
        <source>Costed at the mean billed price, {price} per kWh excl. VAT (every charge over the billed kWh, {count} bills from {first} to {last}).</source>
        <translation>Valorisé au prix moyen facturé, {price} HT par kWh (toutes les redevances rapportées aux kWh facturés, {count} factures du {first} au {last}).</translation>
    </message>
    <message>
        <source>Not costed: no bill of this period has both a cost excl. VAT and a quantity.</source>
        <translation>Non valorisé : aucune facture de la période n’a à la fois un montant HT et une quantité.</translation>
    </message>
    <message>
        <source>Outside the running hours declared on the site's page.</source>
        <translation>En dehors des heures de fonctionnement déclarées sur la page du site.</translation>
    </message>
    <message>
        <source>Declare the first shift's start on the site's page to see the off-hours share.</source>
        <translation>Indiquez l’heure de début du premier poste sur la page du site pour voir la part hors heures de fonctionnement.</translation>
    </message>
    <message>
        <source>Energy over the period</source>
        <translation>Énergie sur la période</translation>
    </message>
    <message>
        <source>Peak, {when}</source>
        <translation>Pointe, {when}</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pointe</translation>
    </message>
    <message>
        <source>Base load (daily 5 % quantile)</source>
        <translation>Talon de puissance (quantile 5 % du jour)</translation>
    </message>
    <message>
        <source>The mean over the days of each day's 5 % quantile of power.</source>
        <translation>La moyenne sur les jours du quantile 5 % de la puissance de chaque jour.</translation>
    </message>
    <message>
        <source>Mean power 00:00–05:00</source>
        <translation>Puissance moyenne de 0 h à 5 h</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Facteur de charge</translation>
    </message>
    <message>
        <source>The mean power over the peak power.</source>
        <translation>La puissance moyenne rapportée à la puissance de pointe.</translation>
    </message>
    <message>
        <source>Saturdays and Sundays</source>
        <translation>Samedis et dimanches</translation>
    </message>
    <message>
        <source>Outside running hours</source>
        <translation>Hors heures de fonctionnement</translation>
    </message>
    <message>
        <source>Subscribed power {power}</source>
        <translation>Puissance souscrite {power}</translation>
    </message>
    <message>
        <source>{day}, {time}: {value}</source>
        <translation>{day}, {time} : {value}</translation>
    </message>
    <message>
        <source>Mean power by day and time of day</source>
        <translation>Puissance moyenne par jour et heure de la journée</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Load duration curve</source>
        <translation>Monotone de puissance</translation>
    </message>
    <message>
        <source>Power ({unit})</source>
        <translation>Puissance ({unit})</translation>
    </message>
    <message>
        <source>Hours at or above the power</source>
        <translation>Heures à cette puissance ou au-dessus</translation>
    </message>
    <message>
        <source>Typical days</source>
        <translation>Journées types</translation>
    </message>
    <message numerus="yes">
        <source>In %n bill periods the curve's peak is under 70 % of the reached power the bill states: check that the curve is this supply's meter and that its values are not scaled (meter constant).</source>
        <translation><numerusform>Sur %n période de facturation, la pointe de la courbe est inférieure à 70 % de la puissance atteinte indiquée sur la facture : vérifiez que la courbe est bien celle du compteur de ce point de livraison et que ses valeurs ne sont pas mises à l’échelle (constante du compteur).</numerusform><numerusform>Sur %n périodes de facturation, la pointe de la courbe est inférieure à 70 % de la puissance atteinte indiquée sur la facture : vérifiez que la courbe est bien celle du compteur de ce point de livraison et que ses valeurs ne sont pas mises à l’échelle (constante du compteur).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bills the curve covers whole give no reached power: the curve's peak over the period's cos φ can fill them in (the tariff page's subscribed-power study then counts those months).</source>
        <translation>
            <numerusform>%n facture que la courbe couvre entièrement n’indique pas de puissance atteinte : la pointe de la courbe divisée par le cos φ de la période peut la compléter (l’étude de la puissance souscrite compte alors ce mois).</numerusform>
            <numerusform>%n factures que la courbe couvre entièrement n’indiquent pas de puissance atteinte : la pointe de la courbe divisée par le cos φ de la période peut les compléter (l’étude de la puissance souscrite compte alors ces mois).</numerusform>
        </translation>
    </message>
    <message>
        <source>Intervals with a reading</source>
        <translation>Intervalles relevés</translation>
    </message>
    <message>
        <source>Intervals with a reading; lowest month {month}: {share}</source>
        <translation>Intervalles relevés ; mois le plus bas, {month} : {share}</translation>
    </message>
    <message>
        <source>Power interval by interval</source>
        <translation>Puissance intervalle par intervalle</translation>
    </message>
    <message>
        <source>Fill them in</source>
        <translation>Compléter</translation>
    </message>
    <message>
        <source>Reached powers from the load curve</source>
        <translation>Puissances atteintes d’après la courbe de charge</translation>
    </message>
    <message>
        <source>Reached power from the load curve: peak {kw} ÷ cos φ {cos_phi}.</source>
        <translation>Puissance atteinte d’après la courbe de charge : pointe {kw} ÷ cos φ {cos_phi}.</translation>
    </message>
    <message>
        <source>part covered</source>
        <translation>couverture partielle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Billed kWh</source>
        <translation>kWh facturés</translation>
    </message>
    <message>
        <source>Curve kWh</source>
        <translation>kWh de la courbe</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Curve − billed</source>
        <translation>Courbe − facture</translation>
    </message>
    <message>
        <source>Curve peak (kW)</source>
        <translation>Pointe de la courbe (kW)</translation>
    </message>
    <message>
        <source>Reached power billed</source>
        <translation>Puissance atteinte facturée</translation>
    </message>
    <message>
        <source>Curve peak / standard / off-peak</source>
        <translation>Courbe HP / HPl / HC</translation>
    </message>
    <message>
        <source>Billed peak / standard / off-peak</source>
        <translation>Facture HP / HPl / HC</translation>
    </message>
    <message>
        <source>Meter:</source>
        <translation>Compteur :</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Duration curve</source>
        <translation>Monotone</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Série chronologique</translation>
    </message>
    <message>
        <source>Against the bills</source>
        <translation>Face aux factures</translation>
    </message>
    <message>
        <source>Solar PV</source>
        <translation>Photovoltaïque</translation>
    </message>
    <message>
        <source>Zoom with the wheel, drag along time. Zoomed out, each point pair is the lowest and highest interval of its stretch: no peak is lost; a gap breaks the line.</source>
        <translation>Zoomez à la molette, faites glisser le long du temps. En vue large, chaque paire de points est l’intervalle le plus bas et le plus haut de sa tranche : aucune pointe n’est perdue ; une lacune interrompt la ligne.</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>This supply has no load curve: import one with File ▸ Import.</source>
        <translation>Ce point de livraison n’a pas de courbe de charge : importez-en une avec Fichier ▸ Importer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo {command}</source>
        <translation>Annuler {command}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo {command}</source>
        <translation>Rétablir {command}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d'ouvrir l'espace de travail</translation>
    </message>
    <message>
        <source>Updated from an older format; the original was kept as {backup}.</source>
        <translation>Mis à jour depuis un format plus ancien ; l'original est conservé sous {backup}.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Changes not yet in the file</source>
        <translation>Modifications pas encore dans le fichier</translation>
    </message>
    <message>
        <source>Done: {command}</source>
        <translation>Fait : {command}</translation>
    </message>
    <message>
        <source>Undone: {command}</source>
        <translation>Annulé : {command}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>Importer des factures</translation>
    </message>
    <message>
        <source>Select the site the invoices belong to first.</source>
        <translation>Sélectionnez d'abord le site auquel appartiennent les factures.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Workspaces (*.eaw)</source>
        <translation>Espaces de travail (*.eaw)</translation>
    </message>
    <message>
        <source>Programme name:</source>
        <translation>Nom du programme :</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Impossible de créer l'espace de travail</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Workspaces (*.eaw);;All files (*)</source>
        <translation>Espaces de travail (*.eaw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing the demo programme…</source>
        <translation>Écriture du programme de démonstration…</translation>
    </message>
    <message>
        <source>The demo programme was not written.</source>
        <translation>Le programme de démonstration n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Copy saved to {path}.</source>
        <translation>Copie enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;demo programme</source>
        <translation>Ouvrir le programme de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Import invoices or a load curve…</source>
        <translation>&amp;Importer des factures ou une courbe de charge…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Financial aid…</source>
        <translation>&amp;Aides financières…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Open a workspace, or the demo programme, from the File menu.</source>
        <translation>Ouvrez un espace de travail, ou le programme de démonstration, depuis le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>MeasureCategory</name>
    <message>
        <source>No cost</source>
        <translation>Sans coût</translation>
    </message>
    <message>
        <source>Low cost</source>
        <translation>Faible coût</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
</context>
<context>
    <name>MeasureKind</name>
    <message>
        <source>Energy saving</source>
        <translation>Économie d’énergie</translation>
    </message>
    <message>
        <source>Renewable production</source>
        <translation>Production renouvelable</translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Réalisée</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>immediate</source>
        <translation>immédiat</translation>
    </message>
    <message>
        <source>Its production of {saved} kWh of {carrier} a year is refused: the site buys only {left} kWh of it once the savings are made. Lower it to what the site can use.</source>
        <translation>Sa production de {saved} kWh de {carrier} par an est refusée : le site n’en achète que {left} kWh une fois les économies faites. Ramenez-la à ce que le site peut consommer.</translation>
    </message>
    <message>
        <source>Its saving of {saved} kWh of {carrier} a year is refused: its end use uses only {left} kWh after the measures before it. Lower it, or file the measure under the end use it acts on.</source>
        <translation>Son économie de {saved} kWh de {carrier} par an est refusée : son usage ne consomme plus que {left} kWh après les mesures qui la précèdent. Réduisez-la, ou rattachez la mesure à l’usage sur lequel elle agit.</translation>
    </message>
    <message>
        <source>Its tariff saving cannot be worked out: no electricity supply of the site has a tariff model and the bills it needs. Type the yearly saving, or complete the bills.</source>
        <translation>Son gain tarifaire ne peut pas être calculé : aucun approvisionnement électrique du site n’a de modèle tarifaire et les factures nécessaires. Saisissez le gain annuel, ou complétez les factures.</translation>
    </message>
    <message>
        <source>Its time-of-use shares add up to {total} %, not 100 %: they are not used.</source>
        <translation>Ses parts par poste horaire totalisent {total} %, et non 100 % : elles ne sont pas utilisées.</translation>
    </message>
    <message>
        <source>Its time-of-use shares are not used: the site's tariff gives no energy price per period.</source>
        <translation>Ses parts horaires ne sont pas utilisées : le tarif du site ne donne pas de prix de l’énergie par période.</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Saved per year (kWh)</source>
        <translation>Économisé par an (kWh)</translation>
    </message>
    <message>
        <source>Saved per year (invoice units)</source>
        <translation>Économie annuelle (unités facturées)</translation>
    </message>
    <message>
        <source>Saved per year</source>
        <translation>Économie annuelle</translation>
    </message>
    <message numerus="yes">
        <source>Energy savings, %n measures: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}</source>
        <translation>
            <numerusform>Économies d’énergie, %n mesure : {kwh} · {money} · investissement {investment} · {co2} évitées · temps de retour {payback}</numerusform>
            <numerusform>Économies d’énergie, %n mesures : {kwh} · {money} · investissement {investment} · {co2} évitées · temps de retour {payback}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewable production, %n measures: {kwh} bought less · {money} · investment {investment} · {co2} avoided · payback {payback}</source>
        <translation>
            <numerusform>Production renouvelable, %n mesure : {kwh} achetés en moins · {money} · investissement {investment} · {co2} évitées · temps de retour {payback}</numerusform>
            <numerusform>Production renouvelable, %n mesures : {kwh} achetés en moins · {money} · investissement {investment} · {co2} évitées · temps de retour {payback}</numerusform>
        </translation>
    </message>
    <message>
        <source>Price of a saved kWh</source>
        <translation>Valeur d'un kWh économisé</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message numerus="yes">
        <source>All %n measures: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}</source>
        <translation>
            <numerusform>Ensemble des %n mesures : {kwh} · {money} · investissement {investment} · {co2} évitées · temps de retour {payback}</numerusform>
            <numerusform>Ensemble des %n mesures : {kwh} · {money} · investissement {investment} · {co2} évitées · temps de retour {payback}</numerusform>
        </translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Temps de retour (ans)</translation>
    </message>
    <message>
        <source>t CO2 avoided</source>
        <translation>t CO2 évitées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/an</translation>
    </message>
    <message>
        <source>/year</source>
        <translation>/an</translation>
    </message>
    <message>
        <source>Savings are numbers of kWh or percentages.</source>
        <translation>Les économies sont des kWh ou des pourcentages.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Energy saved per year: kWh, or % of the end use</source>
        <translation>Énergie économisée par an : kWh, ou % de l'usage</translation>
    </message>
    <message>
        <source>Equipment concerned</source>
        <translation>Équipements concernés</translation>
    </message>
    <message>
        <source>Payback by measure, in years (over 3 years in orange)</source>
        <translation>Temps de retour par mesure, en années (plus de 3 ans en orange)</translation>
    </message>
</context>
<context>
    <name>MeterRegister</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Heures de pointe</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>Heures pleines</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Heures creuses</translation>
    </message>
    <message>
        <source>Reactive energy</source>
        <translation>Énergie réactive</translation>
    </message>
</context>
<context>
    <name>MonthTag</name>
    <message>
        <source>Metered</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Equipment of {site}</source>
        <translation>Équipements de {site}</translation>
    </message>
    <message>
        <source>Measures of {site}</source>
        <translation>Mesures de {site}</translation>
    </message>
    <message>
        <source>No bills yet.</source>
        <translation>Pas encore de factures.</translation>
    </message>
    <message>
        <source>Analysis period: {first} – {last}</source>
        <translation>Période d’analyse : {first} – {last}</translation>
    </message>
    <message>
        <source>billed for every carrier: {covered} of {months} months</source>
        <translation>facturés pour chaque vecteur : {covered} mois sur {months}</translation>
    </message>
    <message>
        <source>cost unknown for {share} of the kWh</source>
        <translation>coût inconnu pour {share} des kWh</translation>
    </message>
    <message>
        <source>Final energy</source>
        <translation>Énergie finale</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Coût moyen</translation>
    </message>
    <message>
        <source>Tonnes of oil equivalent</source>
        <translation>Tonnes équivalent pétrole</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Émissions</translation>
    </message>
    <message>
        <source>Electricity share</source>
        <translation>Part de l'électricité</translation>
    </message>
    <message>
        <source>Energy per unit produced</source>
        <translation>Énergie par unité produite</translation>
    </message>
    <message>
        <source>{owner} — {field}: the French text is missing.</source>
        <translation>{owner} — {field} : le texte français manque.</translation>
    </message>
    <message>
        <source>{owner} — {field}: the English text is missing.</source>
        <translation>{owner} — {field} : le texte anglais manque.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Aucun avertissement.</translation>
    </message>
    <message>
        <source>No bill covers this month for one of the supplies.</source>
        <translation>Aucune facture ne couvre ce mois pour l’un des approvisionnements.</translation>
    </message>
    <message>
        <source>Monthly final energy</source>
        <translation>Énergie finale mensuelle</translation>
    </message>
    <message>
        <source>Monthly cost excl. VAT</source>
        <translation>Coût mensuel HT</translation>
    </message>
    <message>
        <source>Average price per kWh</source>
        <translation>Prix moyen du kWh</translation>
    </message>
    <message>
        <source>Electricity by time of use</source>
        <translation>Électricité par poste horaire</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Puissance souscrite</translation>
    </message>
    <message>
        <source>Reached power</source>
        <translation>Puissance appelée</translation>
    </message>
    <message>
        <source>Reached and subscribed power</source>
        <translation>Puissance appelée et souscrite</translation>
    </message>
    <message>
        <source>Tariff threshold</source>
        <translation>Seuil du tarif</translation>
    </message>
    <message>
        <source>Monthly cos φ</source>
        <translation>cos φ mensuel</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Factors in use: set {code}</source>
        <translation>Facteurs utilisés : jeu {code}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sites compared: reading the bills of {done} of {total}…</source>
        <translation>Sites comparés : lecture des factures de {done} sur {total}…</translation>
    </message>
    <message>
        <source>Sites compared</source>
        <translation>Sites comparés</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>These cells are refused; their rows will be left out:</source>
        <translation>Ces cellules sont refusées ; leurs lignes seront laissées de côté :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>{program} did not finish the PDF of {file} within {seconds} s and was stopped. Close any dialog it may show, or write the report as .docx and print it to PDF yourself.</source>
        <translation>{program} n'a pas terminé le PDF de {file} en {seconds} s et a été arrêté. Fermez la fenêtre qu'il affiche peut-être, ou écrivez le rapport en .docx et imprimez-le vous-même en PDF.</translation>
    </message>
    <message>
        <source>{program} could not turn {file} into a PDF ({output}). The Word file is unaffected; open it and export it to PDF by hand, or check that {program} opens it.</source>
        <translation>{program} n'a pas pu convertir {file} en PDF ({output}). Le fichier Word n'est pas touché : ouvrez-le et exportez-le en PDF à la main, ou vérifiez que {program} l'ouvre.</translation>
    </message>
    <message>
        <source>A PDF needs LibreOffice (free, libreoffice.org) or Microsoft Word on Windows or macOS, and neither was found. Install one of them and try again, or write the report as .docx.</source>
        <translation>Un PDF demande LibreOffice (gratuit, libreoffice.org) ou Microsoft Word sous Windows ou macOS, et aucun des deux n'a été trouvé. Installez-en un et recommencez, ou écrivez le rapport en .docx.</translation>
    </message>
    <message>
        <source>“{file}”: a report is written as .docx (Word) or .pdf; give one of these names.</source>
        <translation>« {file} » : un rapport s'écrit en .docx (Word) ou en .pdf ; donnez un nom avec l'une de ces extensions.</translation>
    </message>
    <message>
        <source>The table of contents has its entries but no page numbers: these are counted by LibreOffice or Microsoft Word, and neither was found.</source>
        <translation>Le sommaire a ses entrées mais pas de numéros de page : ils sont comptés par LibreOffice ou Microsoft Word, et aucun des deux n'a été trouvé.</translation>
    </message>
</context>
<context>
    <name>PriceBasis</name>
    <message>
        <source>its own time-of-use split</source>
        <translation>sa propre répartition par poste horaire</translation>
    </message>
    <message>
        <source>the hours its end use runs</source>
        <translation>les heures de fonctionnement de son usage</translation>
    </message>
    <message>
        <source>the site's price</source>
        <translation>le prix du site</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <source>Energy bills</source>
        <translation>Factures d'énergie</translation>
    </message>
    <message>
        <source>Energy balance</source>
        <translation>Bilan énergétique</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Load curve</source>
        <translation>Courbe de charge</translation>
    </message>
    <message>
        <source>Move sites</source>
        <translation>Déplacer des sites</translation>
    </message>
    <message>
        <source>No site matches “{text}”.</source>
        <translation>Aucun site ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Ajouter un cluster</translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation>Nom du cluster :</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Nom du site :</translation>
    </message>
    <message>
        <source>Delete the cluster “{name}” with all its sites, bills, equipment and measures?</source>
        <translation>Supprimer le cluster « {name} » avec tous ses sites, factures, équipements et mesures ?</translation>
    </message>
    <message>
        <source>Delete the site “{name}” with all its bills, equipment and measures?</source>
        <translation>Supprimer le site « {name} » avec toutes ses factures, ses équipements et ses mesures ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <source>Find a site…</source>
        <translation>Chercher un site…</translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation>Ajouter un cluster…</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation>Déplacer vers le cluster</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Relevé de compteur</translation>
    </message>
    <message>
        <source>Spot measurement</source>
        <translation>Mesure ponctuelle</translation>
    </message>
    <message>
        <source>Nameplate</source>
        <translation>Plaque signalétique</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Déclaration de l'exploitant</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Valeur par défaut</translation>
    </message>
</context>
<context>
    <name>PvPanel</name>
    <message>
        <source>(kept in the workspace)</source>
        <translation>(conservé dans l’espace de travail)</translation>
    </message>
    <message>
        <source>Load a weather file (EPW)…</source>
        <translation>Charger un fichier météo (EPW)…</translation>
    </message>
    <message>
        <source>Typical-year weather file</source>
        <translation>Fichier météo d’année type</translation>
    </message>
    <message>
        <source>EnergyPlus weather (*.epw);;All files (*)</source>
        <translation>Météo EnergyPlus (*.epw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Simulating {kwp} kWp against the load curve…</source>
        <translation>Simulation de {kwp} kWc face à la courbe de charge…</translation>
    </message>
    <message>
        <source>Added to the site's measures, where its savings and payback are worked out.</source>
        <translation>Ajoutée aux mesures du site, où ses économies et son temps de retour sont calculés.</translation>
    </message>
    <message>
        <source>Simulate to see the production, what the site would use of it and what it would export.</source>
        <translation>Lancez la simulation pour voir la production, ce que le site en consommerait et ce qu’il injecterait.</translation>
    </message>
    <message>
        <source>Production of a typical year: {kwh} ({yield_} kWh/kWp, {station}).</source>
        <translation>Production d’une année type : {kwh} ({yield_} kWh/kWc, {station}).</translation>
    </message>
    <message>
        <source>Over the curve's {days} days: {produced} produced, {used} used on site ({share}), {surplus} exported.</source>
        <translation>Sur les {days} jours de la courbe : {produced} produits, {used} autoconsommés ({share}), {surplus} injectés.</translation>
    </message>
    <message>
        <source>The PV would cover {coverage} of the site's electricity.</source>
        <translation>Le photovoltaïque couvrirait {coverage} de l’électricité du site.</translation>
    </message>
    <message>
        <source>Used on site in peak / standard / off-peak hours: {peak} / {standard} / {offpeak}.</source>
        <translation>Autoconsommé en heures de pointe / pleines / creuses : {peak} / {standard} / {offpeak}.</translation>
    </message>
    <message>
        <source>at the tariff's energy price of each window</source>
        <translation>au prix de l’énergie du tarif dans chaque plage</translation>
    </message>
    <message>
        <source>at the mean billed price (every charge over the kWh)</source>
        <translation>au prix moyen facturé (toutes redevances rapportées aux kWh)</translation>
    </message>
    <message>
        <source>Purchases avoided: about {money} a year, {basis}.</source>
        <translation>Achats évités : environ {money} par an, {basis}.</translation>
    </message>
    <message>
        <source>By window: peak {peak}, standard {standard}, off-peak {offpeak} a year.</source>
        <translation>Par plage : pointe {peak}, pleines {standard}, creuses {offpeak} par an.</translation>
    </message>
    <message>
        <source>Not priced: the site has neither a time-of-use tariff nor a billed price for the period.</source>
        <translation>Non valorisé : le site n’a ni tarif horosaisonnier ni prix facturé sur la période.</translation>
    </message>
    <message>
        <source>Site's power</source>
        <translation>Puissance du site</translation>
    </message>
    <message>
        <source>PV power</source>
        <translation>Puissance photovoltaïque</translation>
    </message>
    <message>
        <source>PV used on site</source>
        <translation>Photovoltaïque autoconsommé</translation>
    </message>
    <message>
        <source>The mean day over the curve's period</source>
        <translation>La journée moyenne sur la période de la courbe</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Puissance (kW)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation>Puissance crête</translation>
    </message>
    <message>
        <source>Tilt (0° flat)</source>
        <translation>Inclinaison (0° à plat)</translation>
    </message>
    <message>
        <source>Azimuth (180° south)</source>
        <translation>Azimut (180° plein sud)</translation>
    </message>
    <message>
        <source>System losses</source>
        <translation>Pertes du système</translation>
    </message>
    <message>
        <source>Typical-year weather</source>
        <translation>Météo d’année type</translation>
    </message>
    <message>
        <source>Investment (for the measure)</source>
        <translation>Investissement (pour la mesure)</translation>
    </message>
    <message>
        <source>kWp</source>
        <translation>kWc</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <source>Add as a measure</source>
        <translation>Ajouter comme mesure</translation>
    </message>
    <message>
        <source>The modules' peak power under standard test conditions (kWp).</source>
        <translation>La puissance crête des modules aux conditions d’essai normalisées (kWc).</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: the file or its medium cannot be written. To edit, save a copy in a folder you can write to and open the copy.</source>
        <translation>Lecture seule : le fichier ou son support n’est pas accessible en écriture. Pour modifier, enregistrez une copie dans un dossier où vous pouvez écrire et ouvrez cette copie.</translation>
    </message>
    <message>
        <source>This workspace is open read-only.</source>
        <translation>Cet espace de travail est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The file or its medium (a USB stick, a read-only shared folder) cannot be written, so nothing can be changed here. You can still view it, export reports and use “Save a copy…”. To edit it, save a copy in a folder you can write to and open that copy.</source>
        <translation>Le fichier ou son support (une clé USB, un dossier partagé en lecture seule) n’est pas accessible en écriture : rien ne peut être modifié ici. Vous pouvez toujours le consulter, exporter des rapports et utiliser « Enregistrer une copie… ». Pour le modifier, enregistrez une copie dans un dossier où vous pouvez écrire et ouvrez cette copie.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>[text missing in this language]</source>
        <translation>[texte manquant dans cette langue]</translation>
    </message>
    <message numerus="yes">
        <source>{value} years</source>
        <translation>
            <numerusform>{value} an</numerusform>
            <numerusform>{value} ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Energy cost excl. VAT</source>
        <translation>Coût de l'énergie HT</translation>
    </message>
    <message>
        <source>Emissions (t CO2)</source>
        <translation>Émissions (t CO2)</translation>
    </message>
    <message>
        <source>Savings potential (kWh a year)</source>
        <translation>Potentiel d'économies (kWh par an)</translation>
    </message>
    <message>
        <source>Savings potential (share of final energy)</source>
        <translation>Potentiel d'économies (part de l'énergie finale)</translation>
    </message>
    <message>
        <source>Savings potential a year</source>
        <translation>Potentiel d'économies par an</translation>
    </message>
    <message>
        <source>Savings potential (share of the bill)</source>
        <translation>Potentiel d'économies (part de la facture)</translation>
    </message>
    <message>
        <source>Emissions avoided by the savings (t CO2 a year)</source>
        <translation>Émissions évitées par les économies (t CO2 par an)</translation>
    </message>
    <message>
        <source>Investment in the savings</source>
        <translation>Investissement des économies</translation>
    </message>
    <message>
        <source>Simple payback of the savings</source>
        <translation>Temps de retour simple des économies</translation>
    </message>
    <message>
        <source>Renewables: purchases avoided (kWh a year)</source>
        <translation>Renouvelables : achats évités (kWh par an)</translation>
    </message>
    <message>
        <source>Renewables: purchases avoided a year</source>
        <translation>Renouvelables : achats évités par an</translation>
    </message>
    <message>
        <source>Renewables: emissions avoided (t CO2 a year)</source>
        <translation>Renouvelables : émissions évitées (t CO2 par an)</translation>
    </message>
    <message>
        <source>Not added up: the sites' currencies differ</source>
        <translation>Non additionné : les sites ont des devises différentes</translation>
    </message>
    <message>
        <source>{mark} Counted with a data caveat{colon}{sites}.</source>
        <translation>{mark} Comptés avec une réserve sur les données{colon}{sites}.</translation>
    </message>
    <message>
        <source>The cluster in figures: totals and medians</source>
        <translation>Le cluster en chiffres : totaux et médianes</translation>
    </message>
    <message>
        <source>What the load curve shows</source>
        <translation>Ce que montre la courbe de charge</translation>
    </message>
    <message numerus="yes">
        <source>{count} months are read in part (share of their intervals with a reading): {months}.</source>
        <translation>
            <numerusform>{count} mois n’est relevé qu’en partie (part de ses intervalles relevés) : {months}.</numerusform>
            <numerusform>{count} mois ne sont relevés qu’en partie (part de leurs intervalles relevés) : {months}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} at {hour}</source>
        <translation>{day} à {hour}</translation>
    </message>
    <message>
        <source>Energy over the period</source>
        <translation>Énergie sur la période</translation>
    </message>
    <message>
        <source>Peak power (kW)</source>
        <translation>Puissance de pointe (kW)</translation>
    </message>
    <message>
        <source>Base load: daily 5 % quantile (kW)</source>
        <translation>Talon de puissance : quantile 5 % du jour (kW)</translation>
    </message>
    <message>
        <source>Mean power 00:00–05:00 (kW)</source>
        <translation>Puissance moyenne de 0 h à 5 h (kW)</translation>
    </message>
    <message>
        <source>Load factor (mean ÷ peak power)</source>
        <translation>Facteur de charge (puissance moyenne ÷ pointe)</translation>
    </message>
    <message>
        <source>Saturdays and Sundays</source>
        <translation>Samedis et dimanches</translation>
    </message>
    <message>
        <source>Outside the declared running hours</source>
        <translation>Hors des heures de fonctionnement déclarées</translation>
    </message>
    <message>
        <source>Load curve figures: {supply}, {first} – {last}</source>
        <translation>Chiffres de la courbe de charge : {supply}, {first} – {last}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value (kWh unless stated)</source>
        <translation>Valeur (kWh sauf mention)</translation>
    </message>
    <message>
        <source>Share or when</source>
        <translation>Part ou moment</translation>
    </message>
    <message>
        <source>Costs are at the mean billed price, {price} {currency}/kWh excl. VAT: every charge of the {count} bills from {first} to {last} over their kWh. Energy saved is worth less than this mean when the fixed charges stay.</source>
        <translation>Les coûts sont au prix moyen facturé, {price} {currency}/kWh HT : toutes les redevances des {count} factures du {first} au {last} rapportées à leurs kWh. L’énergie économisée vaut moins que ce prix moyen quand les redevances fixes demeurent.</translation>
    </message>
    <message>
        <source>No bill of the period has both a cost and a quantity: no cost is shown.</source>
        <translation>Aucune facture de la période n’a à la fois un montant et une quantité : aucun coût n’est indiqué.</translation>
    </message>
    <message>
        <source>The site's running hours are not declared (no start of the first shift): the energy used outside them is not worked out.</source>
        <translation>Les heures de fonctionnement du site ne sont pas déclarées (pas d’heure de début du premier poste) : l’énergie consommée en dehors n’est pas calculée.</translation>
    </message>
    <message>
        <source>The meter of the supply “{supply}” recorded {count} intervals of {minutes} minutes from {first} to {last}; times are the site's local time ({zone}).</source>
        <translation>Le compteur du point de livraison « {supply} » a enregistré {count} intervalles de {minutes} minutes du {first} au {last} ; les heures sont l’heure locale du site ({zone}).</translation>
    </message>
    <message numerus="yes">
        <source>{count} intervals of the period have no reading: they are left out of every figure, never counted as zero.</source>
        <translation>
            <numerusform>{count} intervalle de la période n’a pas de relevé : il est écarté de tous les chiffres, jamais compté comme zéro.</numerusform>
            <numerusform>{count} intervalles de la période n’ont pas de relevé : ils sont écartés de tous les chiffres, jamais comptés comme zéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean power by day and time of day (white: no reading, or the hour the clocks skip)</source>
        <translation>Puissance moyenne par jour et heure de la journée (en blanc : pas de relevé, ou l’heure sautée au changement d’heure)</translation>
    </message>
    <message>
        <source>Load duration curve, with P95, P50 and P5 of the power</source>
        <translation>Monotone de puissance, avec les P95, P50 et P5 de la puissance</translation>
    </message>
    <message>
        <source>Typical days: mean power and P10–P90 band</source>
        <translation>Journées types : puissance moyenne et bande P10–P90</translation>
    </message>
    <message>
        <source>The base load, {kw} kW drawn at every hour ({kwh} kWh a year{cost}), is close to the mean power: the site draws almost as much at night and on days off as when it produces, as a plant running round the clock does.</source>
        <translation>Le talon de puissance, {kw} kW appelés à toute heure ({kwh} kWh par an{cost}), est proche de la puissance moyenne : le site appelle presque autant la nuit et les jours chômés qu’en production, comme une usine en marche continue.</translation>
    </message>
    <message>
        <source>A base load of {kw} kW, drawn at every hour of the year, is {kwh} kWh a year{cost}: the first thing to look at is what runs when nothing is produced.</source>
        <translation>Un talon de {kw} kW, appelé à toute heure de l’année, représente {kwh} kWh par an{cost} : la première chose à examiner est ce qui tourne quand rien n’est produit.</translation>
    </message>
    <message>
        <source>Outside the declared running hours the site used {kwh} kWh over the curve's {days} days, about {year} kWh a year{cost}.</source>
        <translation>En dehors des heures de fonctionnement déclarées, le site a consommé {kwh} kWh sur les {days} jours de la courbe, soit environ {year} kWh par an{cost}.</translation>
    </message>
    <message>
        <source>No bill of this supply falls in the curve's period.</source>
        <translation>Aucune facture de ce point de livraison ne tombe dans la période de la courbe.</translation>
    </message>
    <message numerus="yes">
        <source>The curve covers {count} bills whole: over them its energy differs from the billed kWh by at most {difference} ({first} – {last}).</source>
        <translation>
            <numerusform>La courbe couvre entièrement {count} facture : son énergie s’écarte des kWh facturés de {difference} ({first} – {last}).</numerusform>
            <numerusform>La courbe couvre entièrement {count} factures : sur celles-ci, son énergie s’écarte des kWh facturés de {difference} au plus ({first} – {last}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} bills are covered only in part by the curve: their energy is not compared.</source>
        <translation>
            <numerusform>{count} facture n’est couverte qu’en partie par la courbe : son énergie n’est pas comparée.</numerusform>
            <numerusform>{count} factures ne sont couvertes qu’en partie par la courbe : leur énergie n’est pas comparée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In {count} bill periods the curve's peak is under 70 % of the reached power the bill states: check that the curve is this supply's meter and that its values are not scaled (meter constant).</source>
        <translation><numerusform>Sur {count} période de facturation, la pointe de la courbe est inférieure à 70 % de la puissance atteinte indiquée sur la facture : vérifiez que la courbe est bien celle du compteur de ce point de livraison et que ses valeurs ne sont pas mises à l’échelle (constante du compteur).</numerusform><numerusform>Sur {count} périodes de facturation, la pointe de la courbe est inférieure à 70 % de la puissance atteinte indiquée sur la facture : vérifiez que la courbe est bien celle du compteur de ce point de livraison et que ses valeurs ne sont pas mises à l’échelle (constante du compteur).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>In {count} bill periods the curve's peak is above the reached power the bill states: check the meter's constant or the bill.</source>
        <translation>
            <numerusform>Sur {count} période de facturation, la pointe de la courbe dépasse la puissance atteinte indiquée sur la facture : vérifiez la constante du compteur ou la facture.</numerusform>
            <numerusform>Sur {count} périodes de facturation, la pointe de la courbe dépasse la puissance atteinte indiquée sur la facture : vérifiez la constante du compteur ou la facture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rooftop photovoltaics against the load curve</source>
        <translation>Photovoltaïque en toiture face à la courbe de charge</translation>
    </message>
    <message>
        <source>The PV study could not be simulated: {reason}</source>
        <translation>L’étude photovoltaïque n’a pas pu être simulée : {reason}</translation>
    </message>
    <message>
        <source>A system of {kwp} kWp, tilted {tilt}° and facing {azimuth}° (180° is due south), with {losses} losses, simulated hour by hour over the typical year of {station} (pvlib: the sun's position, Perez's transposition, Faiman's cell temperature, PVWatts), then set against the load curve interval by interval. A typical year is an estimate, not a forecast of a given year.</source>
        <translation>Une installation de {kwp} kWc, inclinée à {tilt}° et orientée à {azimuth}° (180° plein sud), avec {losses} de pertes, simulée heure par heure sur l’année type de {station} (pvlib : position du soleil, transposition de Perez, température de cellule de Faiman, PVWatts), puis confrontée à la courbe de charge intervalle par intervalle. Une année type est une estimation, pas une prévision d’une année donnée.</translation>
    </message>
    <message>
        <source>Production of a typical year (kWh)</source>
        <translation>Production d’une année type (kWh)</translation>
    </message>
    <message>
        <source>Specific yield (kWh/kWp)</source>
        <translation>Productible spécifique (kWh/kWc)</translation>
    </message>
    <message>
        <source>Share used on site</source>
        <translation>Taux d’autoconsommation</translation>
    </message>
    <message>
        <source>Exported to the grid (kWh a year)</source>
        <translation>Injecté sur le réseau (kWh par an)</translation>
    </message>
    <message>
        <source>Share of the site's electricity covered</source>
        <translation>Taux de couverture de l’électricité du site</translation>
    </message>
    <message>
        <source>Purchases avoided in peak hours ({currency} a year)</source>
        <translation>Achats évités en heures de pointe ({currency} par an)</translation>
    </message>
    <message>
        <source>Purchases avoided in standard hours ({currency} a year)</source>
        <translation>Achats évités en heures pleines ({currency} par an)</translation>
    </message>
    <message>
        <source>Purchases avoided in off-peak hours ({currency} a year)</source>
        <translation>Achats évités en heures creuses ({currency} par an)</translation>
    </message>
    <message>
        <source>Purchases avoided ({currency} a year)</source>
        <translation>Achats évités ({currency} par an)</translation>
    </message>
    <message>
        <source>Rooftop PV of {kwp} kWp: {supply}</source>
        <translation>Photovoltaïque en toiture de {kwp} kWc : {supply}</translation>
    </message>
    <message>
        <source>Avoided purchases are priced at the mean billed price, every charge included: the energy charges alone, which the PV avoids, are lower.</source>
        <translation>Les achats évités sont valorisés au prix moyen facturé, toutes redevances comprises : les seules redevances d’énergie, que le photovoltaïque évite, sont plus basses.</translation>
    </message>
    <message>
        <source>The avoided purchases are not priced: no price is known.</source>
        <translation>Les achats évités ne sont pas valorisés : aucun prix n’est connu.</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>Ensemble du cluster</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>No renewable production is proposed at any of the sites.</source>
        <translation>Aucune production renouvelable n'est proposée sur les sites.</translation>
    </message>
    <message>
        <source>Savings (share of final energy)</source>
        <translation>Économies (part de l'énergie finale)</translation>
    </message>
    <message>
        <source>Data flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Energy per unit produced, by unit</source>
        <translation>Énergie par unité produite, par unité</translation>
    </message>
    <message>
        <source>Production per year</source>
        <translation>Production annuelle</translation>
    </message>
    <message>
        <source>Median of the sites</source>
        <translation>Médiane des sites</translation>
    </message>
    <message>
        <source>The sites count their production in different units ({units}) or make different products: their energy per unit compares only between sites of the same unit and sector (NACE division).</source>
        <translation>Les sites comptent leur production dans des unités différentes ({units}) ou fabriquent des produits différents : leur énergie par unité ne se compare qu'entre sites de même unité et de même secteur (division NACE).</translation>
    </message>
    <message>
        <source>Median of the same unit and sector</source>
        <translation>Médiane des sites de même unité et secteur</translation>
    </message>
    <message>
        <source>Savings potential by site</source>
        <translation>Potentiel d'économies par site</translation>
    </message>
    <message>
        <source>Share of the bill</source>
        <translation>Part de la facture</translation>
    </message>
    <message>
        <source>No bill in the period: the site counts in no total</source>
        <translation>Aucune facture sur la période : le site n'entre dans aucun total</translation>
    </message>
    <message>
        <source>Months billed in full{colon}{count} of {of}; its totals cover those months only</source>
        <translation>Mois entièrement facturés{colon}{count} sur {of} ; ses totaux ne couvrent que ces mois</translation>
    </message>
    <message>
        <source>Repeated bills left out of the totals{colon}{count}</source>
        <translation>Factures en double écartées des totaux{colon}{count}</translation>
    </message>
    <message>
        <source>Overlapping bills, both counted in full{colon}{count}</source>
        <translation>Factures qui se chevauchent, comptées en entier{colon}{count}</translation>
    </message>
    <message>
        <source>A supply whose quantities cannot be converted to kWh</source>
        <translation>Un abonnement dont les quantités ne peuvent être converties en kWh</translation>
    </message>
    <message>
        <source>Bills without an amount, left out of the costs (cost unknown){colon}{count}</source>
        <translation>Factures sans montant, écartées des coûts (coût inconnu){colon}{count}</translation>
    </message>
    <message>
        <source>Bills in another currency, added up as they are</source>
        <translation>Factures dans une autre devise, additionnées telles quelles</translation>
    </message>
    <message>
        <source>Invoice numbers entered more than once with different figures{colon}{count}</source>
        <translation>Numéros de facture saisis plusieurs fois avec des montants différents{colon}{count}</translation>
    </message>
    <message>
        <source>Bills whose periods or VAT do not add up{colon}{count}</source>
        <translation>Factures dont les postes horaires ou la TVA ne concordent pas{colon}{count}</translation>
    </message>
    <message>
        <source>Bills to check (estimated-looking, unusual period or use){colon}{count}</source>
        <translation>Factures à vérifier (relevé estimé, période ou consommation inhabituelle){colon}{count}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Data-quality flags by site</source>
        <translation>Alertes sur la qualité des données par site</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>No-cost measures</source>
        <translation>Mesures sans investissement</translation>
    </message>
    <message>
        <source>Low-cost measures</source>
        <translation>Mesures à faible investissement</translation>
    </message>
    <message>
        <source>Capital measures</source>
        <translation>Mesures d'investissement</translation>
    </message>
    <message>
        <source>Energy quick scan</source>
        <translation>Pré-diagnostic énergétique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Client contact</source>
        <translation>Interlocuteur du client</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite du site</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Confidential: this report is written for {company} and the programme's organisers. It may not be passed on to third parties without their agreement.</source>
        <translation>Confidentiel : ce rapport est établi pour {company} et les organisateurs du programme. Il ne peut être communiqué à des tiers sans leur accord.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>No invoice covers a period yet: there is nothing to sum up.</source>
        <translation>Aucune facture ne couvre encore de période : il n'y a rien à synthétiser.</translation>
    </message>
    <message>
        <source>Energy and cost by carrier</source>
        <translation>Énergie et coût par vecteur</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Price excl. VAT ({currency}/kWh)</source>
        <translation>Prix HT ({currency}/kWh)</translation>
    </message>
    <message>
        <source>Price incl. VAT ({currency}/kWh)</source>
        <translation>Prix TTC ({currency}/kWh)</translation>
    </message>
    <message>
        <source>Savings potential</source>
        <translation>Potentiel d'économies</translation>
    </message>
    <message>
        <source>The measure proposed would save {kwh} a year ({share} of the final energy) and {cost} ({bill} of the bill excl. VAT) for an investment of {investment}, and avoid {co2} a year.</source>
        <translation>La mesure proposée économiserait {kwh} par an ({share} de l'énergie finale) et {cost} ({bill} de la facture HT) pour un investissement de {investment}, et éviterait {co2} par an.</translation>
    </message>
    <message>
        <source>The measures proposed would save {kwh} a year ({share} of the final energy) and {cost} ({bill} of the bill excl. VAT) for an investment of {investment}, and avoid {co2} a year.</source>
        <translation>Les mesures proposées économiseraient {kwh} par an ({share} de l'énergie finale) et {cost} ({bill} de la facture HT) pour un investissement de {investment}, et éviteraient {co2} par an.</translation>
    </message>
    <message>
        <source>Savings potential by kind of measure</source>
        <translation>Potentiel d'économies par type de mesure</translation>
    </message>
    <message>
        <source>Kind of measure</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>The measures with the shortest paybacks</source>
        <translation>Les mesures aux temps de retour les plus courts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Update this table of contents: right-click it, then Update Field (F9).</source>
        <translation>Mettez à jour cette table des matières : clic droit, puis Mettre à jour les champs (F9).</translation>
    </message>
    <message>
        <source>Over the twelve months from {first} to {last}, the site used {kwh} of final energy for {cost} excluding VAT, {toe} and {co2}.</source>
        <translation>Sur les douze mois du {first} au {last}, le site a consommé {kwh} d'énergie finale pour {cost} hors TVA, soit {toe} et {co2}.</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Principaux constats</translation>
    </message>
    <message>
        <source>What the figures rest on</source>
        <translation>Sur quoi reposent les chiffres</translation>
    </message>
    <message>
        <source>The cost of {share} of this energy is not known (bills without an amount): the cost and the average price cover the rest only.</source>
        <translation>Le coût de {share} de cette énergie n’est pas connu (factures sans montant) : le coût et le prix moyen ne portent que sur le reste.</translation>
    </message>
    <message>
        <source>The measures by payback</source>
        <translation>Les mesures par temps de retour</translation>
    </message>
    <message>
        <source>Renewable production, counted apart from the savings, would cover {kwh} of purchased energy a year, worth {cost}, for an investment of {invested}.</source>
        <translation>La production renouvelable, comptée à part des économies, couvrirait {kwh} d’énergie achetée par an, soit {cost}, pour un investissement de {invested}.</translation>
    </message>
    <message>
        <source>Renewable production by payback</source>
        <translation>Production renouvelable par temps de retour</translation>
    </message>
    <message>
        <source>Measures by payback</source>
        <translation>Mesures par temps de retour</translation>
    </message>
    <message>
        <source>Nothing to buy: one training for the staff of the {sites} sites, run once for all of them, would put these settings and schedules in place everywhere at the same time.</source>
        <translation>Rien à acheter : une formation commune du personnel des {sites} sites, organisée une seule fois pour tous, mettrait ces réglages et ces horaires en place partout en même temps.</translation>
    </message>
    <message>
        <source>One campaign by one contractor for the {sites} sites, with a shared training of their maintenance teams, would cost less than separate jobs and keep the results comparable.</source>
        <translation>Une campagne confiée à un seul prestataire pour les {sites} sites, avec une formation commune de leurs équipes de maintenance, coûterait moins cher que des interventions séparées et donnerait des résultats comparables.</translation>
    </message>
    <message>
        <source>One specification and a joint call for tenders for the {sites} sites would buy the equipment at a better price and share the follow-up of the works.</source>
        <translation>Un cahier des charges unique et un appel d'offres groupé pour les {sites} sites permettraient d'acheter le matériel à meilleur prix et de mutualiser le suivi des travaux.</translation>
    </message>
    <message>
        <source>One review of the {sites} sites' supply contracts with the distributor would set the subscribed powers together.</source>
        <translation>Une revue commune avec le distributeur des contrats d'abonnement des {sites} sites permettrait d'ajuster ensemble les puissances souscrites.</translation>
    </message>
    <message>
        <source>A joint feasibility study and call for tenders for the {sites} sites would share the design and buy the plants at a better price.</source>
        <translation>Une étude de faisabilité et un appel d'offres groupés pour les {sites} sites mutualiseraient la conception et permettraient d'acheter les installations à meilleur prix.</translation>
    </message>
    <message>
        <source>at all {total} sites</source>
        <translation>sur les {total} sites</translation>
    </message>
    <message>
        <source>at {sites} of the {total} sites ({names})</source>
        <translation>sur {sites} des {total} sites ({names})</translation>
    </message>
    <message>
        <source>Together{colon}{kwh} kWh and {co2} t CO2 a year.</source>
        <translation>Ensemble{colon}{kwh} kWh et {co2} t CO2 par an.</translation>
    </message>
    <message>
        <source>Together{colon}{kwh} kWh of purchases avoided a year, worth {money} {currency}, and {co2} t CO2, for {investment} {currency} invested (payback {payback}).</source>
        <translation>Ensemble{colon}{kwh} kWh d'achats évités par an, soit {money} {currency}, et {co2} t CO2, pour {investment} {currency} investis (temps de retour : {payback}).</translation>
    </message>
    <message>
        <source>Together{colon}{kwh} kWh and {money} {currency} a year, {co2} t CO2 avoided, for {investment} {currency} invested (payback {payback}).</source>
        <translation>Ensemble{colon}{kwh} kWh et {money} {currency} par an, {co2} t CO2 évitées, pour {investment} {currency} investis (temps de retour : {payback}).</translation>
    </message>
    <message>
        <source>Together{colon}{money} {currency} a year on the bills, for {investment} {currency} invested (payback {payback}).</source>
        <translation>Ensemble{colon}{money} {currency} par an sur les factures, pour {investment} {currency} investis (temps de retour : {payback}).</translation>
    </message>
    <message>
        <source>{family} recurs {where}.</source>
        <translation>{family} : mesure proposée {where}.</translation>
    </message>
    <message>
        <source>{family} recurs {where}{colon}{measures}.</source>
        <translation>{family}{colon}mesures proposées {where} : {measures}.</translation>
    </message>
    <message>
        <source>Measures found at several sites</source>
        <translation>Mesures communes à plusieurs sites</translation>
    </message>
    <message>
        <source>No measure is found at two sites or more.</source>
        <translation>Aucune mesure ne se retrouve sur deux sites ou plus.</translation>
    </message>
    <message>
        <source>Measures are grouped by what they act on (the end use and the kind of work, or the tariff lever), not by their wording; a group found at two sites or more is a candidate for joint action.</source>
        <translation>Les mesures sont regroupées selon ce sur quoi elles portent (l'usage et la nature des travaux, ou le levier tarifaire), et non selon leur libellé ; un groupe présent sur deux sites ou plus se prête à une action commune.</translation>
    </message>
    <message>
        <source>Measures found at several sites, combined</source>
        <translation>Mesures communes à plusieurs sites, cumulées</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>kWh saved per year</source>
        <translation>kWh économisés par an</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Temps de retour</translation>
    </message>
    <message>
        <source>Cluster synthesis</source>
        <translation>Synthèse du cluster</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Cluster median</source>
        <translation>Médiane du cluster</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Coût HT</translation>
    </message>
    <message>
        <source>t CO2</source>
        <translation>t CO2</translation>
    </message>
    <message>
        <source>Cost per kWh</source>
        <translation>Coût par kWh</translation>
    </message>
    <message>
        <source>kWh per unit produced</source>
        <translation>kWh par unité produite</translation>
    </message>
    <message>
        <source>Electricity share</source>
        <translation>Part de l’électricité</translation>
    </message>
    <message>
        <source>Saved per year</source>
        <translation>Économie annuelle</translation>
    </message>
    <message>
        <source>t CO2 avoided per year</source>
        <translation>t CO2 évitées par an</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>The sites in brief</source>
        <translation>Les sites en bref</translation>
    </message>
    <message>
        <source>Confidential: this synthesis is written for the programme's organisers and partners. It names the companies audited and may not be passed on without their agreement.</source>
        <translation>Confidentiel : cette synthèse est établie pour les organisateurs et les partenaires du programme. Elle nomme les entreprises auditées et ne peut être communiquée sans leur accord.</translation>
    </message>
    <message>
        <source>The cluster in figures</source>
        <translation>Le cluster en chiffres</translation>
    </message>
    <message>
        <source>Each site is taken over the twelve months of its energy balance. The whole cluster's figure adds up its sites (for a share or a payback, the ratio of the cluster's totals); the median is the middle site's, which one large consumer does not move. Each total says how many sites it counts and which of them carry a data caveat.</source>
        <translation>Chaque site est pris sur les douze mois de son bilan énergétique. Le chiffre du cluster additionne ses sites (pour une part ou un temps de retour, le rapport des totaux du cluster) ; la médiane est celle du site du milieu, qu'un gros consommateur ne déplace pas. Chaque total indique combien de sites il compte et lesquels font l'objet d'une réserve sur les données.</translation>
    </message>
    <message>
        <source>The sites compared</source>
        <translation>Les sites comparés</translation>
    </message>
    <message>
        <source>Payback: the investment in a site's energy savings over the money they save a year. Data flags: how many of the flags listed under “Data quality” the site has (— for none).</source>
        <translation>Temps de retour : l'investissement dans les économies d'énergie du site rapporté aux économies annuelles qu'elles procurent. Alertes : nombre d'alertes du site relevées sous « Qualité des données » (— s'il n'y en a aucune).</translation>
    </message>
    <message>
        <source>Final energy by site, with the cluster median</source>
        <translation>Énergie finale par site, avec la médiane du cluster</translation>
    </message>
    <message>
        <source>Final energy per unit produced, with the cluster median</source>
        <translation>Énergie finale par unité produite, avec la médiane du cluster</translation>
    </message>
    <message>
        <source>Average cost per kWh by site, with the cluster median</source>
        <translation>Coût moyen du kWh par site, avec la médiane du cluster</translation>
    </message>
    <message>
        <source>Savings identified, as a share of each site's final energy</source>
        <translation>Économies identifiées, en part de l’énergie finale de chaque site</translation>
    </message>
    <message>
        <source>Money saved a year by site, with the cluster median</source>
        <translation>Économies annuelles par site, en valeur, avec la médiane du cluster</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>What the bills of each site lack or repeat over its period, from the bill checks. Sites with a flag{colon}{flagged} of {sites}; the totals above name those whose flags weaken them.</source>
        <translation>Ce qui manque ou se répète dans les factures de chaque site sur sa période, d'après les contrôles des factures. Sites concernés{colon}{flagged} sur {sites} ; les totaux ci-dessus nomment ceux dont les alertes les fragilisent.</translation>
    </message>
    <message>
        <source>The bill checks flag nothing at any site over its period.</source>
        <translation>Les contrôles des factures ne relèvent rien sur la période d'aucun site.</translation>
    </message>
    <message>
        <source>Twelve months from {first} to {last}.</source>
        <translation>Douze mois du {first} au {last}.</translation>
    </message>
    <message>
        <source>Final energy {kwh} kWh, cost {cost}; measures identified{colon}{count}, saving {share} of the final energy and {bill} of the bill.</source>
        <translation>Énergie finale {kwh} kWh, coût {cost} ; mesures identifiées{colon}{count}, soit une économie de {share} de l'énergie finale et de {bill} de la facture.</translation>
    </message>
    <message>
        <source>Quickest to pay back{colon}{measures}.</source>
        <translation>Les plus rapidement rentables{colon}{measures}.</translation>
    </message>
    <message>
        <source>Data flags{colon}{flags}.</source>
        <translation>Alertes sur les données{colon}{flags}.</translation>
    </message>
    <message>
        <source>Savings identified (share of final energy)</source>
        <translation>Économies identifiées (part de l’énergie finale)</translation>
    </message>
    <message>
        <source>{site} against the cluster</source>
        <translation>{site} face au cluster</translation>
    </message>
    <message>
        <source>Best measures by payback: {site}</source>
        <translation>Meilleures mesures par temps de retour : {site}</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Temps de retour (ans)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Assumptions: kWh are final energy on the net heating value basis; costs exclude VAT; an electricity saving is priced at the tariff's energy prices in the hours it occurs, a fuel saving at the fuel's average cost over the same twelve months; renewable production counts apart from savings.</source>
        <translation>Hypothèses : les kWh sont de l'énergie finale sur PCI ; les coûts s'entendent hors TVA ; une économie d'électricité est valorisée aux prix de l'énergie du tarif, dans les heures où elle a lieu, une économie de combustible au coût moyen de ce combustible sur les mêmes douze mois ; la production renouvelable est comptée à part des économies.</translation>
    </message>
    <message>
        <source>Each site has its own quick-scan report, with its invoices, its energy balance, its measures and the factors used, with their sources.</source>
        <translation>Chaque site a son propre rapport de bilan rapide, avec ses factures, son bilan énergétique, ses mesures et les facteurs utilisés, avec leurs sources.</translation>
    </message>
    <message>
        <source>t CO2 avoided</source>
        <translation>t CO2 évitées</translation>
    </message>
    <message>
        <source>The site works {shifts} shifts of {hours} h, {days} days a week, {weeks} weeks a year: {total} hours.</source>
        <translation>Le site travaille en {shifts} postes de {hours} h, {days} jours par semaine, {weeks} semaines par an : {total} heures.</translation>
    </message>
    <message>
        <source>Measured and estimated figures: the consumption comes from {bills} invoices; of the inventory's figures, {measured} were read or measured on site and {estimated} were estimated or taken from defaults.</source>
        <translation>Valeurs mesurées et estimées : les consommations proviennent de {bills} factures ; parmi les valeurs de l'inventaire, {measured} ont été relevées ou mesurées sur site et {estimated} ont été estimées ou prises par défaut.</translation>
    </message>
    <message>
        <source>This quick scan is a one-day walk-through survey: it is not an energy audit in the sense of EN 16247, which leaves such surveys out of its scope.</source>
        <translation>Ce bilan rapide repose sur une visite d'une journée : ce n'est pas un audit énergétique au sens de la norme EN 16247, qui exclut ces visites de son champ.</translation>
    </message>
    <message>
        <source>Invoice analysis</source>
        <translation>Analyse des factures</translation>
    </message>
    <message>
        <source>No invoice covers the period.</source>
        <translation>Aucune facture ne couvre la période.</translation>
    </message>
    <message>
        <source>Monthly consumption and cost: {supply}</source>
        <translation>Consommation et coût mensuels : {supply}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Final energy (kWh)</source>
        <translation>Énergie finale (kWh)</translation>
    </message>
    <message>
        <source>Saved per year ({currency})</source>
        <translation>Économie annuelle ({currency})</translation>
    </message>
    <message>
        <source>Over the twelve months from {first} to {last} (the bills of at least one carrier cover only {covered} of them), the site used {kwh} of final energy for {cost} excluding VAT, {toe} and {co2}; the months not billed are not in these figures.</source>
        <translation>Sur les douze mois du {first} au {last} (les factures d’au moins un vecteur n’en couvrent que {covered}), le site a consommé {kwh} d’énergie finale pour {cost} HT, soit {toe} et {co2} ; les mois non facturés ne figurent pas dans ces chiffres.</translation>
    </message>
    <message>
        <source>Purchases avoided per year ({currency})</source>
        <translation>Achats évités par an ({currency})</translation>
    </message>
    <message>
        <source>kWh produced per year</source>
        <translation>kWh produits par an</translation>
    </message>
    <message>
        <source>kWh used on site per year</source>
        <translation>kWh autoconsommés par an</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d'action</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Investment ({currency})</source>
        <translation>Investissement ({currency})</translation>
    </message>
    <message>
        <source>to be named</source>
        <translation>à désigner</translation>
    </message>
    <message>
        <source>The horizon is the auditor's where given, else the usual one of the measure's kind: no-cost measures at once, low-cost ones within a year, capital ones within one to three years, to be budgeted. Savings on one end use are chained: each measure saves on what the ones before it leave, so the savings of the plan add up without counting a kWh twice.</source>
        <translation>L'échéance est celle de l'auditeur lorsqu'il l'a indiquée, sinon celle du type de mesure : sans investissement tout de suite, à faible investissement dans l'année, d'investissement dans un à trois ans, à budgéter. Les économies sur un même usage sont enchaînées : chaque mesure économise sur ce que les précédentes laissent, de sorte que les économies du plan s'additionnent sans compter deux fois un kWh.</translation>
    </message>
    <message>
        <source>How the savings will be verified</source>
        <translation>Vérification des économies</translation>
    </message>
    <message>
        <source>Each saving is verified against the same twelve months as this report, once the measure has run for a year, corrected for the production of each month.</source>
        <translation>Chaque économie se vérifie par rapport aux douze mois de ce rapport, après un an de fonctionnement de la mesure, en tenant compte de la production de chaque mois.</translation>
    </message>
    <message>
        <source>Energy savings: the monthly kWh of the bills, per unit produced, before and after the measure; a measure above a tenth of its carrier is worth a sub-meter on its equipment.</source>
        <translation>Économies d'énergie : les kWh mensuels des factures, par unité produite, avant et après la mesure ; une mesure de plus d'un dixième de son vecteur justifie un sous-comptage de ses équipements.</translation>
    </message>
    <message>
        <source>Capacitor bank: the cos φ and the surcharge line of each bill after commissioning.</source>
        <translation>Batterie de condensateurs : le cos φ et la ligne de majoration de chaque facture après la mise en service.</translation>
    </message>
    <message>
        <source>Subscribed power: the power and overrun charges of the twelve bills after the change.</source>
        <translation>Puissance souscrite : la prime fixe et les dépassements des douze factures qui suivent le changement.</translation>
    </message>
    <message>
        <source>Peak hours: the share of peak-hour kWh of each bill.</source>
        <translation>Heures de pointe : la part des kWh en heures de pointe de chaque facture.</translation>
    </message>
    <message>
        <source>Renewable production: the production meter, and the purchases of the bills beside it.</source>
        <translation>Production renouvelable : le compteur de production, et les achats des factures en regard.</translation>
    </message>
    <message>
        <source>final energy per month and per unit produced</source>
        <translation>énergie finale par mois et par unité produite</translation>
    </message>
    <message>
        <source>the power called against the subscribed power</source>
        <translation>la puissance appelée face à la puissance souscrite</translation>
    </message>
    <message>
        <source>the monthly cos φ</source>
        <translation>le cos φ mensuel</translation>
    </message>
    <message>
        <source>the share of peak-hour kWh</source>
        <translation>la part des kWh en heures de pointe</translation>
    </message>
    <message>
        <source>Indicators to follow every month: {indicators}.</source>
        <translation>Indicateurs à suivre chaque mois : {indicators}.</translation>
    </message>
    <message>
        <source>On the electricity bill, by the money at stake:</source>
        <translation>Sur la facture d'électricité, par montant en jeu :</translation>
    </message>
    <message>
        <source>Among the energy savings, start with: {measures}.</source>
        <translation>Parmi les économies d'énergie, commencer par : {measures}.</translation>
    </message>
    <message>
        <source>These figures come from a one-day quick scan; a detailed audit of the largest end uses, with measurements, would firm them up before the largest investments are decided.</source>
        <translation>Ces chiffres proviennent d'un pré-diagnostic d'une journée ; un audit approfondi des principaux usages, avec mesures, les consoliderait avant de décider les investissements les plus lourds.</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Durée de vie (ans)</translation>
    </message>
    <message>
        <source>NPV ({currency})</source>
        <translation>VAN ({currency})</translation>
    </message>
    <message>
        <source>Context, objectives and method</source>
        <translation>Contexte, objectifs et méthode</translation>
    </message>
    <message>
        <source>This quick scan is part of the programme {programme}, run by {organiser}. Its objectives: to give the company a picture of its energy use and costs from its own invoices, to find where the energy goes, and to propose measures with their savings, cost and payback, in an order of priority.</source>
        <translation>Ce pré-diagnostic s'inscrit dans le programme {programme}, conduit par {organiser}. Ses objectifs : donner à l'entreprise une image de ses consommations et de ses coûts d'énergie à partir de ses propres factures, identifier où va l'énergie, et proposer des mesures chiffrées (économies, coût, temps de retour) par ordre de priorité.</translation>
    </message>
    <message>
        <source>Method: {auditor} visited the site on {date}{met}; the invoices of the period were collected and checked, the equipment inventoried (nameplates, readings, operating hours) and set against the invoices, and each measure sized on the inventory and priced with the site's tariff.</source>
        <translation>Méthode : {auditor} a visité le site le {date}{met} ; les factures de la période ont été collectées et vérifiées, les équipements inventoriés (plaques signalétiques, relevés, heures de fonctionnement) et confrontés aux factures, et chaque mesure dimensionnée sur l'inventaire et valorisée au tarif du site.</translation>
    </message>
    <message>
        <source> and met {contact}</source>
        <translation> et rencontré {contact}</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>Le site</translation>
    </message>
    <message>
        <source>Names of supplies, equipment and people in charge are given as they were recorded on site, in French; in the tables they are set in italics.</source>
        <translation>Les noms des alimentations, des équipements et des responsables sont donnés tels qu'ils ont été relevés sur le site, en français ; dans les tableaux, ils sont en italique.</translation>
    </message>
    <message>
        <source>Names of supplies, equipment and people in charge are given as they were recorded on site, in English; in the tables they are set in italics.</source>
        <translation>Les noms des alimentations, des équipements et des responsables sont donnés tels qu'ils ont été relevés sur le site, en anglais ; dans les tableaux, ils sont en italique.</translation>
    </message>
    <message>
        <source>no bill</source>
        <translation>pas de facture</translation>
    </message>
    <message>
        <source>Cost excl. VAT ({currency})</source>
        <translation>Coût HT ({currency})</translation>
    </message>
    <message>
        <source>Price ({currency}/kWh)</source>
        <translation>Prix ({currency}/kWh)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>* Month billed only in part.</source>
        <translation>* Mois facturé en partie seulement.</translation>
    </message>
    <message>
        <source>Monthly final energy by carrier</source>
        <translation>Énergie finale mensuelle par vecteur</translation>
    </message>
    <message>
        <source>Electricity by time of use</source>
        <translation>Électricité par poste horaire</translation>
    </message>
    <message>
        <source>Reached and subscribed power</source>
        <translation>Puissance appelée et souscrite</translation>
    </message>
    <message>
        <source>Monthly cos φ against the tariff threshold</source>
        <translation>cos φ mensuel et seuil du tarif</translation>
    </message>
    <message>
        <source>Time-of-use split: peak {peak}, standard {standard}, off-peak {offpeak}.</source>
        <translation>Répartition horaire : pointe {peak}, heures pleines {standard}, heures creuses {offpeak}.</translation>
    </message>
    <message>
        <source>Subscribed power {subscribed}; highest reached power {highest}, above the subscribed power in {over} months out of {months}.</source>
        <translation>Puissance souscrite {subscribed} ; puissance appelée maximale {highest}, au-dessus de la puissance souscrite {over} mois sur {months}.</translation>
    </message>
    <message>
        <source>Monthly cos φ between {low} and {high}.</source>
        <translation>cos φ mensuel compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Energy balance and end uses</source>
        <translation>Bilan énergétique et usages</translation>
    </message>
    <message>
        <source>The inventory drawn up during the visit is set against the invoices of the same twelve months; what it does not explain is shown as such, not spread over the end uses.</source>
        <translation>L'inventaire dressé pendant la visite est confronté aux factures des mêmes douze mois ; ce qu'il n'explique pas est montré comme tel, sans être réparti entre les usages.</translation>
    </message>
    <message>
        <source>Billed and estimated consumption</source>
        <translation>Consommations facturées et estimées</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Billed (kWh)</source>
        <translation>Facturé (kWh)</translation>
    </message>
    <message>
        <source>Estimated (kWh)</source>
        <translation>Estimé (kWh)</translation>
    </message>
    <message>
        <source>Unexplained (kWh)</source>
        <translation>Non expliqué (kWh)</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Expliqué</translation>
    </message>
    <message>
        <source>Unexplained by the inventory</source>
        <translation>Non expliqué par l'inventaire</translation>
    </message>
    <message>
        <source>End uses</source>
        <translation>Usages</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Share of the carrier billed</source>
        <translation>Part du vecteur facturé</translation>
    </message>
    <message>
        <source>Final energy by end use</source>
        <translation>Énergie finale par usage</translation>
    </message>
    <message>
        <source>From the invoices to the end uses</source>
        <translation>Des factures aux usages</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Final energy</source>
        <translation>Énergie finale</translation>
    </message>
    <message>
        <source>Tonnes of oil equivalent</source>
        <translation>Tonnes équivalent pétrole</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Émissions</translation>
    </message>
    <message>
        <source>Energy per unit produced</source>
        <translation>Énergie par unité produite</translation>
    </message>
    <message>
        <source>Energy per m²</source>
        <translation>Énergie par m²</translation>
    </message>
    <message>
        <source>Energy indicators</source>
        <translation>Indicateurs énergétiques</translation>
    </message>
    <message>
        <source>NPV: the savings over the measure's lifetime, discounted at {rate} a year (real), less the investment; a measure without a lifetime has none. Savings on one end use are chained, each on what the measures before it leave, so they add up.</source>
        <translation>VAN : les économies sur la durée de vie de la mesure, actualisées à {rate} par an (en termes réels), moins l'investissement ; une mesure sans durée de vie n'en a pas. Les économies sur un même usage sont enchaînées, chacune sur ce que les précédentes laissent : elles s'additionnent.</translation>
    </message>
    <message>
        <source>Its yearly saving is worked out from the site's electricity bills rebuilt with the tariff, not from a price per kWh.</source>
        <translation>Son gain annuel est calculé sur les factures d'électricité du site recalculées au tarif, et non à partir d'un prix du kWh.</translation>
    </message>
    <message>
        <source>Saves {kwh} and {cost} a year with no investment: the payback is immediate; {co2} avoided.</source>
        <translation>Économise {kwh} et {cost} par an sans investissement : le retour est immédiat ; {co2} évitées.</translation>
    </message>
    <message>
        <source>Saves {kwh} and {cost} a year for an investment of {investment}: simple payback {payback}; {co2} avoided.</source>
        <translation>Économise {kwh} et {cost} par an pour un investissement de {investment} : temps de retour simple {payback} ; {co2} évitées.</translation>
    </message>
    <message>
        <source>End use: {end_use}.</source>
        <translation>Usage : {end_use}.</translation>
    </message>
    <message>
        <source>Electricity savings are priced at the tariff's energy prices in the time-of-use split of the site's bills ({peak} peak, {standard} standard, {offpeak} off-peak hours): {price}. The fixed premium, overrun charges, the cos φ surcharge and metering do not fall with a saved kWh and are left out; measures on them are priced by their own formula.</source>
        <translation>Les économies d'électricité sont valorisées aux prix de l'énergie du tarif, selon la répartition horaire des factures du site ({peak} en heures de pointe, {standard} en heures pleines, {offpeak} en heures creuses) : {price}. La prime fixe, les dépassements de puissance souscrite, la majoration cos φ et le comptage ne baissent pas avec un kWh économisé et sont exclus ; les mesures qui les visent sont chiffrées par leur propre formule.</translation>
    </message>
    <message>
        <source>Its electricity is priced at {price}, in {basis}: {peak} peak, {standard} standard and {offpeak} off-peak hours.</source>
        <translation>Son électricité est valorisée à {price}, selon {basis} : {peak} en heures de pointe, {standard} en heures pleines et {offpeak} en heures creuses.</translation>
    </message>
    <message>
        <source>{start}, assumed: the site's schedule does not say when the first shift starts</source>
        <translation>{start}, hypothèse : l'horaire du site ne précise pas le début du premier poste</translation>
    </message>
    <message>
        <source>{start}, from the site's schedule</source>
        <translation>{start}, selon l'horaire du site</translation>
    </message>
    <message>
        <source>A saving on an end use of the inventory is priced in the hours its equipment runs: the hours a day of each item, from the start of the working day ({start}), laid on the tariff's hours. Winter (1 October – 31 March): standard {w_standard}–{w_peak}, peak {w_peak}–{w_end}, off-peak {w_end}–{w_standard}; summer (1 April – 30 September): standard {s_standard}–{s_peak}, peak {s_peak}–{s_end}, off-peak {s_end}–{s_standard}. An item said not to run in peak hours is laid around them. Each measure states its price.</source>
        <translation>Une économie sur un usage de l'inventaire est valorisée aux heures où ses équipements fonctionnent : les heures par jour de chaque équipement, comptées depuis le début de la journée de travail ({start}), sont placées sur les postes horaires du tarif. Hiver (1er octobre – 31 mars) : heures pleines {w_standard}–{w_peak}, heures de pointe {w_peak}–{w_end}, heures creuses {w_end}–{w_standard} ; été (1er avril – 30 septembre) : heures pleines {s_standard}–{s_peak}, heures de pointe {s_peak}–{s_end}, heures creuses {s_end}–{s_standard}. Un équipement déclaré hors heures de pointe est placé en dehors de celles-ci. Chaque mesure indique sa valeur du kWh.</translation>
    </message>
    <message>
        <source>{quantity} of {carrier}</source>
        <translation>{quantity} de {carrier}</translation>
    </message>
    <message>
        <source>t CO2 avoided by a measure = kWh saved per year × CO2 avoided per kWh saved of the carrier (table above) ÷ 1,000; the site's emissions use the average emission factors instead.</source>
        <translation>t CO2 évitées par une mesure = kWh économisés par an × CO2 évité par kWh économisé de l’énergie concernée (tableau ci-dessus) ÷ 1 000 ; les émissions du site utilisent, elles, les facteurs d’émission moyens.</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Origine des valeurs</translation>
    </message>
    <message>
        <source>Assumptions: kWh are final energy on the net heating value basis; costs exclude VAT; fuel savings are priced at the fuel's average cost per kWh over the same twelve months.</source>
        <translation>Hypothèses : les kWh sont de l’énergie finale sur la base du pouvoir calorifique inférieur ; les coûts sont hors TVA ; les économies de combustible sont valorisées au coût moyen du kWh de ce combustible sur les mêmes douze mois.</translation>
    </message>
    <message>
        <source>Electricity savings are priced at the site's average cost per kWh, the bills giving no time-of-use split to price them by period.</source>
        <translation>Les économies d’électricité sont valorisées au coût moyen du kWh du site, les factures ne donnant pas de répartition horaire pour les valoriser par période.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>No measure is proposed yet.</source>
        <translation>Aucune mesure n'est encore proposée.</translation>
    </message>
    <message>
        <source>Measures by payback (years)</source>
        <translation>Mesures par temps de retour (ans)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Invoices: {supply}</source>
        <translation>Factures : {supply}</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Quantity ({unit})</source>
        <translation>Quantité ({unit})</translation>
    </message>
    <message>
        <source>Deliveries: {supply}</source>
        <translation>Livraisons : {supply}</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Factors used</source>
        <translation>Facteurs utilisés</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>below the range</source>
        <translation>sous la plage</translation>
    </message>
    <message>
        <source>within the range</source>
        <translation>dans la plage</translation>
    </message>
    <message>
        <source>above the range</source>
        <translation>au-dessus de la plage</translation>
    </message>
    <message>
        <source>below this value</source>
        <translation>sous cette valeur</translation>
    </message>
    <message>
        <source>at this value</source>
        <translation>à cette valeur</translation>
    </message>
    <message>
        <source>above this value</source>
        <translation>au-dessus de cette valeur</translation>
    </message>
    <message>
        <source>The site's specific consumption is set against published ranges for its sector (NACE {nace}): its final energy over the analysis period divided by its production per year, {production}.</source>
        <translation>La consommation spécifique du site est comparée aux plages publiées pour son secteur (NACE {nace}) : son énergie finale sur la période d'analyse, divisée par sa production annuelle de {production}.</translation>
    </message>
    <message>
        <source>Specific energy consumption against sector benchmarks</source>
        <translation>Consommation spécifique comparée aux références sectorielles</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Site against the benchmark</source>
        <translation>Position du site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>A benchmark marked “{status}” comes from the named source without its page having been read: it is an order of magnitude to confirm, not a target.</source>
        <translation>Une référence marquée « {status} » provient de la source citée sans que celle-ci ait pu être consultée : c'est un ordre de grandeur à confirmer, pas un objectif.</translation>
    </message>
    <message>
        <source>A benchmark marked “{status}” was read in a secondary source, or its basis (unit, year, scope) is not fully clear.</source>
        <translation>Une référence marquée « {status} » a été lue dans une source secondaire, ou sa base (unité, année, périmètre) n'est pas entièrement claire.</translation>
    </message>
    <message>
        <source>The figures with fuels count every fuel on the invoices ({fuels}): fuel burnt by vehicles or a generator is in them and is to be taken out before comparing.</source>
        <translation>Les chiffres qui comprennent des combustibles comptent tous ceux des factures ({fuels}) : le carburant des engins ou d'un groupe électrogène y est compris et doit en être retiré avant de comparer.</translation>
    </message>
    <message>
        <source>The invoices do not cover the whole analysis period for every carrier: the site's figures that count them are too low.</source>
        <translation>Les factures ne couvrent pas toute la période d'analyse pour chaque énergie : les chiffres du site qui en tiennent compte sont sous-estimés.</translation>
    </message>
    <message>
        <source>The benchmarks of the site's sector are not compared: its production per year, with its unit, is not stated.</source>
        <translation>Les références du secteur ne sont pas comparées au site : sa production annuelle et son unité ne sont pas renseignées.</translation>
    </message>
    <message>
        <source>Benchmarks per {unit} are not compared: the site's production is counted in “{site_unit}”.</source>
        <translation>Les références par {unit} ne sont pas comparées : la production du site est comptée en « {site_unit} ».</translation>
    </message>
    <message>
        <source>Benchmarks per {unit} are not compared: the site's production unit, “{site_unit}”, does not say which product it counts (“{unit}” would be compared).</source>
        <translation>Les références par {unit} ne sont pas comparées : l'unité de production du site, « {site_unit} », ne dit pas quel produit elle compte (en « {unit} », elle serait comparée).</translation>
    </message>
    <message>
        <source>Benchmarks of {kind} are not compared: the site's invoices of the analysis period hold none.</source>
        <translation>Les références en {kind} ne sont pas comparées : les factures du site sur la période d'analyse n'en comportent pas.</translation>
    </message>
    <message>
        <source>Financial aid</source>
        <translation>Aides financières</translation>
    </message>
    <message>
        <source>The programmes below may fund part of the work or of its study. They are listed for information: eligibility, amounts and deadlines are to be confirmed with each programme before any commitment.</source>
        <translation>Les programmes ci-dessous peuvent financer une partie des travaux ou de leur étude. Ils sont cités à titre indicatif : l'éligibilité, les montants et les délais sont à confirmer auprès de chaque programme avant tout engagement.</translation>
    </message>
    <message>
        <source>Financial aid programmes</source>
        <translation>Programmes d'aide financière</translation>
    </message>
    <message>
        <source>What it funds</source>
        <translation>Ce qu'il finance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The programmes' public pages:</source>
        <translation>Les pages publiques des programmes :</translation>
    </message>
    <message>
        <source>Equipment inventory</source>
        <translation>Inventaire des équipements</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Rated power (kW)</source>
        <translation>Puissance nominale (kW)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>The template {path} lacks the styles {styles}. Add them in Word (Home ▸ Styles), or start again from a copy of the template shipped with the application.</source>
        <translation>Il manque au modèle {path} les styles {styles}. Ajoutez-les dans Word (Accueil ▸ Styles), ou repartez d’une copie du modèle fourni avec l’application.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>it cannot be read (close it in Word, or check that you may open it)</source>
        <translation>il est illisible (fermez-le dans Word, ou vérifiez que vous avez le droit de l’ouvrir)</translation>
    </message>
    <message>
        <source>it is a Word 97–2003 document or is protected by a password; save it from Word as a .docx or .dotx without a password</source>
        <translation>c’est un document Word 97–2003 ou il est protégé par un mot de passe ; enregistrez-le depuis Word au format .docx ou .dotx, sans mot de passe</translation>
    </message>
    <message>
        <source>it is not a Word document (.docx)</source>
        <translation>ce n’est pas un document Word (.docx)</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: {reason}.</source>
        <translation>Le modèle {path} est inutilisable : {reason}.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Electricity cost, charge by charge</source>
        <translation>Le coût de l'électricité, redevance par redevance</translation>
    </message>
    <message>
        <source>Energy, peak hours</source>
        <translation>Énergie, heures de pointe</translation>
    </message>
    <message>
        <source>Energy, standard hours</source>
        <translation>Énergie, heures pleines</translation>
    </message>
    <message>
        <source>Energy, off-peak hours</source>
        <translation>Énergie, heures creuses</translation>
    </message>
    <message>
        <source>Power charge (fixed premium)</source>
        <translation>Prime fixe</translation>
    </message>
    <message>
        <source>Overrun charges</source>
        <translation>Redevances de dépassement</translation>
    </message>
    <message>
        <source>cos φ surcharge</source>
        <translation>Majoration pour cos φ</translation>
    </message>
    <message>
        <source>Metering</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>Rebuilt from the tariff, excl. VAT</source>
        <translation>Recalculé au tarif, HT</translation>
    </message>
    <message numerus="yes">
        <source>Invoiced, excl. VAT ({count} bills)</source>
        <translation>
            <numerusform>Facturé, HT ({count} facture)</numerusform>
            <numerusform>Facturé, HT ({count} factures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilt − invoiced</source>
        <translation>Recalculé − facturé</translation>
    </message>
    <message>
        <source>Charges of the period rebuilt from the tariff: {supply}</source>
        <translation>Redevances de la période recalculées au tarif : {supply}</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Redevance</translation>
    </message>
    <message>
        <source>Amount excl. VAT ({currency})</source>
        <translation>Montant HT ({currency})</translation>
    </message>
    <message>
        <source>Invoices that differ from the tariff by more than {tolerance}: {invoices}. Check them with the distributor (a price, a reading or a charge may differ from the contract).</source>
        <translation>Factures qui s'écartent du tarif de plus de {tolerance} : {invoices}. À vérifier avec le distributeur (un prix, un relevé ou une redevance peut différer du contrat).</translation>
    </message>
    <message>
        <source>Every invoice of the period agrees with the tariff within {tolerance}.</source>
        <translation>Toutes les factures de la période concordent avec le tarif à {tolerance} près.</translation>
    </message>
    <message>
        <source>Subscribed power: {current} is close to the cheapest value for the power called over {months} months ({cost} a year in power and overrun charges); no change is advised.</source>
        <translation>Puissance souscrite : {current} est proche de la valeur la moins chère pour la puissance appelée sur {months} mois ({cost} par an en prime fixe et dépassements) ; aucun changement n'est conseillé.</translation>
    </message>
    <message>
        <source>Subscribed power: with {current}, the power and overrun charges come to {cost} a year (overruns in {over} of {months} months). We recommend {recommended}: {cost_new} a year, {saving} less (overruns in {over_new} months).</source>
        <translation>Puissance souscrite : avec {current}, la prime fixe et les dépassements s'élèvent à {cost} par an (dépassements {over} mois sur {months}). Nous recommandons {recommended} : {cost_new} par an, soit {saving} de moins (dépassements {over_new} mois).</translation>
    </message>
    <message>
        <source>Reactive energy: no bill of the period carries a cos φ surcharge.</source>
        <translation>Énergie réactive : aucune facture de la période ne porte de majoration pour cos φ.</translation>
    </message>
    <message>
        <source>Reactive energy: the cos φ surcharge costs {penalty} a year ({penalised} of {months} months). A capacitor bank of {kvar} bringing every month to cos φ {target} would cost about {investment} and remove {saving} a year of it: payback {payback}.</source>
        <translation>Énergie réactive : la majoration pour cos φ coûte {penalty} par an ({penalised} mois sur {months}). Une batterie de condensateurs de {kvar} portant chaque mois le cos φ à {target} coûterait environ {investment} et en supprimerait {saving} par an : temps de retour {payback}.</translation>
    </message>
    <message>
        <source>Peak hours: {share} of the kWh are used in peak hours. Moving {moved} of them ({kwh} a year) to off-peak hours would save {saving} a year.</source>
        <translation>Heures de pointe : {share} des kWh sont consommés en heures de pointe. En reporter {moved} ({kwh} par an) en heures creuses économiserait {saving} par an.</translation>
    </message>
    <message>
        <source>Load and peak check</source>
        <translation>Contrôle de la puissance appelée</translation>
    </message>
    <message>
        <source>The equipment running in peak hours would call {peak} at once, more than the {available} the meter allows ({reached} at cos φ {cos_phi}): the inventory overstates the hours, the load factors or the equipment running together, to be checked.</source>
        <translation>Les équipements en service aux heures de pointe appelleraient ensemble {peak}, plus que les {available} que permet la puissance appelée relevée ({reached} à cos φ {cos_phi}) : l'inventaire surestime les heures, les taux de charge ou la simultanéité, à vérifier.</translation>
    </message>
    <message>
        <source>The equipment running in peak hours would call {peak} at once, within the {available} the meter allows ({reached} at cos φ {cos_phi}): the inventory is consistent with the power called.</source>
        <translation>Les équipements en service aux heures de pointe appelleraient ensemble {peak}, dans les {available} que permet la puissance appelée relevée ({reached} à cos φ {cos_phi}) : l'inventaire est cohérent avec la puissance appelée.</translation>
    </message>
    <message>
        <source>{counted} of {sites} sites</source>
        <translation>{counted} sur {sites} sites</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>The photo {file} cannot be read.</source>
        <translation>La photo {file} est illisible.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Cluster median: {value}</source>
        <translation>Médiane du cluster : {value}</translation>
    </message>
    <message>
        <source>Final energy (kWh)</source>
        <translation>Énergie finale (kWh)</translation>
    </message>
    <message>
        <source>Final energy per unit produced (kWh/{unit})</source>
        <translation>Énergie finale par unité produite (kWh/{unit})</translation>
    </message>
    <message>
        <source>Average cost per kWh ({currency}/kWh)</source>
        <translation>Coût moyen du kWh ({currency}/kWh)</translation>
    </message>
    <message>
        <source>Average cost per kWh</source>
        <translation>Coût moyen du kWh</translation>
    </message>
    <message>
        <source>Savings identified (share of final energy)</source>
        <translation>Économies identifiées (part de l’énergie finale)</translation>
    </message>
    <message>
        <source>Money saved a year ({currency})</source>
        <translation>Économies par an ({currency})</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Double-click to open the page that edits it.</source>
        <translation>Double-cliquez pour ouvrir la page qui le modifie.</translation>
    </message>
    <message>
        <source>One file per language: {files}</source>
        <translation>Un fichier par langue : {files}</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Modèle de rapport</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Save a copy of the template</source>
        <translation>Enregistrer une copie du modèle</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Written: {files}</source>
        <translation>Écrit : {files}</translation>
    </message>
    <message>
        <source>These texts exist only in the other language. Fill them in (double-click), or export anyway: each gap is marked in the report.</source>
        <translation>Ces textes n’existent que dans l’autre langue. Complétez-les (double-clic) ou exportez quand même : chaque manque est signalé dans le rapport.</translation>
    </message>
    <message>
        <source>Every text the report prints exists in its language.</source>
        <translation>Tous les textes du rapport existent dans sa langue.</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Site report</source>
        <translation>Rapport de site</translation>
    </message>
    <message>
        <source>Cluster synthesis</source>
        <translation>Synthèse du cluster</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>the shipped template (A4, Word styles)</source>
        <translation>le modèle fourni (A4, styles Word)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Copy the template to restyle…</source>
        <translation>Copier le modèle pour le personnaliser…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export anyway, with the gaps marked</source>
        <translation>Exporter quand même, manques signalés</translation>
    </message>
    <message>
        <source>A page for each site</source>
        <translation>Une page par site</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>A PDF, and page numbers in the contents, need LibreOffice (free, libreoffice.org) or Microsoft Word: neither was found.</source>
        <translation>Un PDF, et les numéros de page du sommaire, demandent LibreOffice (gratuit, libreoffice.org) ou Microsoft Word : aucun des deux n'a été trouvé.</translation>
    </message>
    <message>
        <source>Printed by {program}.</source>
        <translation>Imprimé par {program}.</translation>
    </message>
    <message>
        <source>Page numbers in the contents counted by {program}.</source>
        <translation>Numéros de page du sommaire comptés par {program}.</translation>
    </message>
    <message>
        <source>Type the name of the file to write.</source>
        <translation>Tapez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>“{path}” is not a file name: type the name of the file to write.</source>
        <translation>« {path} » n’est pas un nom de fichier : tapez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to.</source>
        <translation>Impossible d’écrire dans le dossier {folder}.</translation>
    </message>
    <message>
        <source>{path} is a folder: type the name of the file to write.</source>
        <translation>{path} est un dossier : tapez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>{path} cannot be written: permission refused.</source>
        <translation>Impossible d’écrire {path} : autorisation refusée.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full.</source>
        <translation>Impossible d’écrire {path} : le disque est plein.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({code}).</source>
        <translation>Impossible d’écrire {path} ({code}).</translation>
    </message>
</context>
<context>
    <name>SitePhotos</name>
    <message>
        <source>{type}, {size} MB</source>
        <translation>{type}, {size} Mo</translation>
    </message>
    <message>
        <source>This image cannot be read.</source>
        <translation>Cette image est illisible.</translation>
    </message>
    <message>
        <source>In the report: {chosen} of {total}</source>
        <translation>Dans le rapport : {chosen} sur {total}</translation>
    </message>
    <message>
        <source>Add photos of the site</source>
        <translation>Ajouter des photos du site</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ Vers la gauche</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>Vers la droite ▶</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>Légende de la photo sélectionnée</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>Dans le rapport</translation>
    </message>
    <message>
        <source>Tick the photos that go to the report's annex. Drop JPEG or PNG files here to add them.</source>
        <translation>Cochez les photos à reprendre dans l'annexe du rapport. Déposez ici des fichiers JPEG ou PNG pour les ajouter.</translation>
    </message>
</context>
<context>
    <name>Solar</name>
    <message>
        <source>{file} cannot be read as a typical-year weather file (EnergyPlus EPW): {reason}. Choose an EPW file of 8,760 hours, e.g. from climate.onebuilding.org.</source>
        <translation>{file} ne peut pas être lu comme fichier météo d’année type (EnergyPlus EPW) : {reason}. Choisissez un fichier EPW de 8 760 heures, p. ex. sur climate.onebuilding.org.</translation>
    </message>
    <message>
        <source>The weather file {file} is not shipped with this version: load it again.</source>
        <translation>Le fichier météo {file} n’est pas livré avec cette version : chargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The peak power</source>
        <translation>La puissance crête</translation>
    </message>
    <message>
        <source>The tilt</source>
        <translation>L’inclinaison</translation>
    </message>
    <message>
        <source>The azimuth</source>
        <translation>L’azimut</translation>
    </message>
    <message>
        <source>The losses</source>
        <translation>Les pertes</translation>
    </message>
    <message>
        <source>{name} must lie between {low} and {high}, not {value}.</source>
        <translation>{name} : {value} n’est pas compris entre {low} et {high}.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Rows copied: {count}.</source>
        <translation>Lignes copiées : {count}.</translation>
    </message>
</context>
<context>
    <name>Tariff</name>
    <message>
        <source>No tariff model for this supply (tariff option “{option}”).</source>
        <translation>Aucun modèle tarifaire pour cet approvisionnement (option tarifaire « {option} »).</translation>
    </message>
    <message>
        <source>No bill of the period gives a reached power in kVA: the subscribed power is not studied.</source>
        <translation>Aucune facture de la période ne donne de puissance appelée en kVA : la puissance souscrite n'est pas étudiée.</translation>
    </message>
    <message>
        <source>{supply} is not an electricity supply: it has no grid tariff.</source>
        <translation>{supply} n'est pas un approvisionnement électrique : il n'a pas de tarif de réseau.</translation>
    </message>
    <message>
        <source>No bills yet: nothing to rebuild.</source>
        <translation>Pas encore de factures : rien à recalculer.</translation>
    </message>
    <message numerus="yes">
        <source>{count} of the 12 months have no bill that can be rebuilt ({months}): the annual sums cover {covered} months only.</source>
        <translation>
            <numerusform>{count} des 12 mois n'a aucune facture recalculable ({months}) : les totaux annuels ne couvrent que {covered} mois.</numerusform>
            <numerusform>{count} des 12 mois n'ont aucune facture recalculable ({months}) : les totaux annuels ne couvrent que {covered} mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} bills repeat a period already billed: each period is summed once.</source>
        <translation>
            <numerusform>{count} facture répète une période déjà facturée : chaque période n'est comptée qu'une fois.</numerusform>
            <numerusform>{count} factures répètent une période déjà facturée : chaque période n'est comptée qu'une fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Costs from the reached power of {count} months ({first} – {last}), as if the subscribed power had been in force all year.</source>
        <translation>
            <numerusform>Coûts calculés sur la puissance appelée de {count} mois ({first} – {last}), comme si la puissance souscrite avait été en vigueur toute l'année.</numerusform>
            <numerusform>Coûts calculés sur la puissance appelée de {count} mois ({first} – {last}), comme si la puissance souscrite avait été en vigueur toute l'année.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than 12 months: scaled to a year.</source>
        <translation>Moins de 12 mois : ramené à une année.</translation>
    </message>
    <message>
        <source>Searched in steps of {step} kVA; between equal costs the higher value is kept.</source>
        <translation>Recherche par pas de {step} kVA ; à coût égal, la valeur la plus élevée est retenue.</translation>
    </message>
    <message numerus="yes">
        <source>At {kva} kVA, {count} of the {months} months go over it and pay overruns.</source>
        <translation>
            <numerusform>À {kva} kVA, {count} des {months} mois la dépasse et paie un dépassement de puissance souscrite.</numerusform>
            <numerusform>À {kva} kVA, {count} des {months} mois la dépassent et paient un dépassement de puissance souscrite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cheapest subscribed power would save {saving} a year, less than {share}% of these charges: not worth a change of contract, the current subscribed power is kept.</source>
        <translation>La puissance souscrite la moins chère économiserait {saving} par an, moins de {share} % de ces redevances : un avenant au contrat ne se justifie pas, la puissance souscrite actuelle est conservée.</translation>
    </message>
    <message>
        <source>For six months after a change the power charge is billed on the higher of the subscribed and reached power, without overrun charges: the first year saves at least as much.</source>
        <translation>Pendant les six mois qui suivent une modification, la redevance de puissance est facturée sur la plus élevée des puissances souscrite et appelée, sans dépassement : la première année, l'économie est au moins aussi grande.</translation>
    </message>
    <message>
        <source>How often the subscribed power may be changed, and any minimum the distributor sets, are to be checked in the contract.</source>
        <translation>La fréquence à laquelle la puissance souscrite peut être modifiée, et tout minimum imposé par le distributeur, sont à vérifier dans le contrat.</translation>
    </message>
    <message>
        <source>Q = P × (tan φ1 − tan φ2), P being the month's kWh over every hour of its period (a bank in service all month); {month} needs the most, {exact} kvar, rounded up to {step} kvar.</source>
        <translation>Q = P × (tan φ1 − tan φ2), P étant les kWh du mois rapportés à toutes les heures de sa période (batterie en service tout le mois) ; {month} demande le plus, {exact} kvar, arrondis au multiple de {step} kvar supérieur.</translation>
    </message>
    <message>
        <source>A bank switched with production, or sized on the peak load, needs more: size its steps from a load curve.</source>
        <translation>Une batterie enclenchée avec la production, ou dimensionnée sur la pointe, doit être plus puissante : dimensionner ses gradins sur une courbe de charge.</translation>
    </message>
    <message>
        <source>Installed cost of {price} {unit} to confirm with a supplier's quote.</source>
        <translation>Coût installé de {price} {unit}, à confirmer par le devis d'un fournisseur.</translation>
    </message>
    <message>
        <source>ONEE / Lydec MT general tariff</source>
        <translation>Tarif général MT ONEE / Lydec</translation>
    </message>
    <message>
        <source>peak / standard / off-peak split</source>
        <translation>répartition heures de pointe / pleines / creuses</translation>
    </message>
    <message>
        <source>reached power in kVA</source>
        <translation>puissance appelée en kVA</translation>
    </message>
    <message>
        <source>subscribed power of the supply</source>
        <translation>puissance souscrite de l'approvisionnement</translation>
    </message>
    <message>
        <source>reactive energy (kvarh)</source>
        <translation>énergie réactive (kvarh)</translation>
    </message>
    <message>
        <source>a period of one month</source>
        <translation>une période d'un mois</translation>
    </message>
    <message>
        <source>invoiced amount excl. VAT</source>
        <translation>montant facturé HT</translation>
    </message>
</context>
<context>
    <name>TariffLever</name>
    <message>
        <source>cos φ surcharge (capacitor bank)</source>
        <translation>Majoration cos φ (batterie de condensateurs)</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Puissance souscrite</translation>
    </message>
    <message>
        <source>Peak-hour kWh moved to off-peak hours</source>
        <translation>kWh de pointe reportés en heures creuses</translation>
    </message>
</context>
<context>
    <name>TariffPage</name>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Power charge</source>
        <translation>Redevance de puissance</translation>
    </message>
    <message>
        <source>Overrun charge</source>
        <translation>Dépassement de puissance</translation>
    </message>
    <message>
        <source>cos φ surcharge</source>
        <translation>Majoration cos φ</translation>
    </message>
    <message>
        <source>Metering</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>Missing: {missing}</source>
        <translation>Il manque : {missing}</translation>
    </message>
    <message>
        <source>The invoice differs from the tariff by more than the tolerance.</source>
        <translation>La facture s'écarte du tarif de plus que la tolérance.</translation>
    </message>
    <message>
        <source>Repeats a period already counted: not summed.</source>
        <translation>Répète une période déjà comptée : non additionnée.</translation>
    </message>
    <message>
        <source>Outside the 12 months of the analysis: not summed.</source>
        <translation>Hors des 12 mois de l'analyse : non additionnée.</translation>
    </message>
    <message>
        <source>There is no tariff model for this supply: its bills are not rebuilt.</source>
        <translation>Aucun modèle tarifaire pour cet approvisionnement : ses factures ne sont pas recalculées.</translation>
    </message>
    <message>
        <source>Bills of {first} – {last}, in {currency} excl. VAT</source>
        <translation>Factures de {first} à {last}, en {currency} HT</translation>
    </message>
    <message>
        <source>Rebuilt from the tariff</source>
        <translation>Recalculé selon le tarif</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Power and overrun charges</source>
        <translation>Redevance de puissance et dépassements</translation>
    </message>
    <message>
        <source>Subscribed power: {current} now, {recommended} recommended — power and overrun charges {cost_now} → {cost_new} a year, a saving of {saving}.</source>
        <translation>Puissance souscrite : {current} aujourd'hui, {recommended} recommandés — redevance de puissance et dépassements {cost_now} → {cost_new} par an, soit une économie de {saving}.</translation>
    </message>
    <message>
        <source>Subscribed power: no reached power in kVA to study.</source>
        <translation>Puissance souscrite : aucune puissance appelée en kVA à étudier.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Capacitor bank: {kvar} for cos φ {target}, about {investment}; it avoids {saving} of cos φ surcharge a year — payback {payback}.</source>
        <translation>Batterie de condensateurs : {kvar} pour un cos φ de {target}, environ {investment} ; elle évite {saving} de majoration cos φ par an — temps de retour {payback}.</translation>
    </message>
    <message>
        <source>Capacitor bank: {kvar} would bring cos φ to {target} (about {investment}), but the bills carry no cos φ surcharge: it does not pay back through the tariff.</source>
        <translation>Batterie de condensateurs : {kvar} porteraient le cos φ à {target} (environ {investment}), mais les factures ne portent aucune majoration cos φ : elle ne serait pas amortie par le tarif.</translation>
    </message>
    <message>
        <source>Capacitor bank: no reactive energy on the bills to size it from.</source>
        <translation>Batterie de condensateurs : les factures ne donnent pas d'énergie réactive pour la dimensionner.</translation>
    </message>
    <message>
        <source>Peak hours: {share} of the kWh; moving {shift} of them ({kwh} a year) to off-peak hours would save {saving} a year.</source>
        <translation>Heures de pointe : {share} des kWh ; en reporter {shift} ({kwh} par an) en heures creuses économiserait {saving} par an.</translation>
    </message>
    <message>
        <source>Annual power cost by subscribed power</source>
        <translation>Coût annuel de la puissance selon la puissance souscrite</translation>
    </message>
    <message>
        <source>Power + overrun charges</source>
        <translation>Redevance de puissance + dépassements</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <source>Charges per month, rebuilt</source>
        <translation>Redevances par mois, recalculées</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Energy, peak</source>
        <translation>Énergie, pointe</translation>
    </message>
    <message>
        <source>Energy, standard</source>
        <translation>Énergie, pleines</translation>
    </message>
    <message>
        <source>Energy, off-peak</source>
        <translation>Énergie, creuses</translation>
    </message>
    <message>
        <source>cos φ</source>
        <translation>cos φ</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Recalculé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>What the tariff lets the site change</source>
        <translation>Leviers tarifaires du site</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>No conversion from {unit} to kWh for {carrier}.</source>
        <translation>Pas de conversion de {unit} en kWh pour {carrier}.</translation>
    </message>
    <message>
        <source>Unknown unit “{unit}”.</source>
        <translation>Unité « {unit} » inconnue.</translation>
    </message>
    <message>
        <source>toe</source>
        <translation>tep</translation>
    </message>
    <message>
        <source>h/year</source>
        <translation>h/an</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{shifts} shifts of {value} h make more than 24 hours a day.</source>
        <translation>{shifts} postes de {value} h dépassent 24 heures par jour.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a three-letter currency code.</source>
        <translation>{field} : « {value} » n'est pas un code de devise à trois lettres.</translation>
    </message>
    <message>
        <source>{field}: a period ends with a whole month, not on {value}.</source>
        <translation>{field} : une période se termine par un mois entier, pas le {value}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a NACE code such as 23.51.</source>
        <translation>{field} : « {value} » n'est pas un code NACE comme 23.51.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a two-letter country code.</source>
        <translation>{field} : « {value} » n'est pas un code de pays à deux lettres.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a unit for {carrier}.</source>
        <translation>{field} : {value} n'est pas une unité pour {carrier}.</translation>
    </message>
    <message>
        <source>{field} must be greater than zero.</source>
        <translation>{field} doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The period ends on {value}, before it starts on {start}.</source>
        <translation>La période se termine le {value}, avant de commencer le {start}.</translation>
    </message>
    <message>
        <source>The period lasts {days} days; a bill covers at most {maximum} days.</source>
        <translation>La période dure {days} jours ; une facture couvre au plus {maximum} jours.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} est obligatoire.</translation>
    </message>
    <message>
        <source>“{file}” is not a photo in JPEG or PNG format.</source>
        <translation>« {file} » n'est pas une photo au format JPEG ou PNG.</translation>
    </message>
    <message>
        <source>“{file}” takes {size} MB; a photo may take at most {maximum} MB.</source>
        <translation>« {file} » pèse {size} Mo ; une photo ne peut dépasser {maximum} Mo.</translation>
    </message>
    <message>
        <source>{field} {value} differs from the sum of the time-of-use periods ({parts}).</source>
        <translation>{field} {value} diffère de la somme des postes horaires ({parts}).</translation>
    </message>
    <message>
        <source>{field} {value} is not the cost excluding VAT plus the VAT ({expected}).</source>
        <translation>{field} {value} n'est pas égal au montant HT plus la TVA ({expected}).</translation>
    </message>
    <message>
        <source>Loaded and unloaded hours add up to more than a year ({hours} h).</source>
        <translation>Les heures en charge et à vide dépassent une année ({hours} h).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field} : « {value} » n'est pas un nombre.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a whole number.</source>
        <translation>{field} : {value} n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a plausible value.</source>
        <translation>{field} : {value} n'est pas une valeur plausible.</translation>
    </message>
    <message>
        <source>{field} must not be negative (got {value}).</source>
        <translation>{field} ne peut pas être négatif (valeur reçue {value}).</translation>
    </message>
    <message>
        <source>{field} must be at least {minimum} (got {value}).</source>
        <translation>{field} doit valoir au moins {minimum} (valeur reçue {value}).</translation>
    </message>
    <message>
        <source>{field} must be at most {maximum} (got {value}).</source>
        <translation>{field} doit valoir au plus {maximum} (valeur reçue {value}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date.</source>
        <translation>{field} : « {value} » n'est pas une date.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a plausible date.</source>
        <translation>{field} : {value} n'est pas une date plausible.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the choices.</source>
        <translation>{field} : « {value} » ne fait pas partie des choix.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a text.</source>
        <translation>{field} : « {value} » n'est pas un texte.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not yes or no.</source>
        <translation>{field} : « {value} » n'est ni oui ni non.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not valid.</source>
        <translation>{field} : « {value} » n'est pas valide.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is ambiguous: it could mean “{first}” or “{second}”; type the one you mean.</source>
        <translation>{field} : « {value} » est ambigu : il peut signifier « {first} » ou « {second} » ; tapez celui que vous voulez dire.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is ambiguous: the decimal mark is “{point}” and “{mark}” only separates thousands; type “{suggestion}”.</source>
        <translation>{field} : « {value} » est ambigu : le séparateur décimal est « {point} » et « {mark} » ne sépare que les milliers ; tapez « {suggestion} ».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number: thousands go in groups of three digits, as in “{example}”.</source>
        <translation>{field} : « {value} » n'est pas un nombre : les milliers se groupent par trois chiffres, comme dans « {example} ».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an hour of the day: type it as “6:30”, “6 h 30” or “6”.</source>
        <translation>{field} : « {value} » n'est pas une heure de la journée : tapez-la sous la forme « 6 h 30 », « 6:30 » ou « 6 ».</translation>
    </message>
</context>
<context>
    <name>VoltageLevel</name>
    <message>
        <source>Low voltage (LV)</source>
        <translation>Basse tension (BT)</translation>
    </message>
    <message>
        <source>Medium voltage (MV)</source>
        <translation>Moyenne tension (MT)</translation>
    </message>
    <message>
        <source>High voltage (HV)</source>
        <translation>Haute tension (HT)</translation>
    </message>
    <message>
        <source>Extra-high voltage (EHV)</source>
        <translation>Très haute tension (THT)</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>{supply}: no bills yet.</source>
        <translation>{supply} : pas encore de factures.</translation>
    </message>
    <message>
        <source>{supply}: some bills are not in {currency}; costs are summed as they are.</source>
        <translation>{supply} : certaines factures ne sont pas en {currency} ; les montants sont additionnés tels quels.</translation>
    </message>
    <message>
        <source>{carrier}: {covered} of the {months} months from {first} to {last} are billed in full; its totals cover those months only, and its balance is annualised from them.</source>
        <translation>{carrier} : {covered} des {months} mois du {first} au {last} sont entièrement facturés ; ses totaux ne couvrent que ces mois, et son bilan est ramené à l’année à partir d’eux.</translation>
    </message>
    <message numerus="yes">
        <source>{supply}: {count} bills have no cost (cost unknown); they are left out of the cost totals and of the average price: {bills}.</source>
        <translation>
            <numerusform>{supply} : {count} facture n’a pas de montant (coût inconnu) ; elle est exclue des totaux de coût et du prix moyen : {bills}.</numerusform>
            <numerusform>{supply} : {count} factures n’ont pas de montant (coût inconnu) ; elles sont exclues des totaux de coût et du prix moyen : {bills}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} ({first} – {last})</source>
        <translation>{number} ({first} – {last})</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{supply}: no bill covers {first} to {last} ({days} days), after {before}.</source>
        <translation>{supply} : aucune facture ne couvre la période du {first} au {last} ({days} jours), après {before}.</translation>
    </message>
    <message>
        <source>{supply}: {after} overlaps {before} by {days} days; both are counted in full.</source>
        <translation>{supply} : {after} chevauche {before} de {days} jours ; les deux sont comptées en entier.</translation>
    </message>
    <message>
        <source>{supply}: {bill} repeats {original} (same period and same number or figures); it is left out of every total. If they are two real bills, tick “Not a duplicate” on it.</source>
        <translation>{supply} : {bill} reprend {original} (même période et même numéro ou mêmes montants) ; elle est exclue de tous les totaux. S’il s’agit de deux factures réelles, cochez « Pas un doublon » sur celle-ci.</translation>
    </message>
    <message>
        <source>{supply}: invoice {number} is entered {count} times with different figures.</source>
        <translation>{supply} : la facture {number} est saisie {count} fois avec des montants différents.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and {count} more</source>
        <translation>
            <numerusform>{names} et {count} autre</numerusform>
            <numerusform>{names} et {count} autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} bills</source>
        <translation>
            <numerusform>{count} facture</numerusform>
            <numerusform>{count} factures</numerusform>
        </translation>
    </message>
    <message>
        <source>{supply}: the time-of-use periods do not add up to the total; the total is counted ({count}): {bills}.</source>
        <translation>{supply} : les postes horaires ne font pas le total ; c'est le total qui est compté ({count}) : {bills}.</translation>
    </message>
    <message>
        <source>{supply}: the amount excluding VAT plus the VAT is not the amount including VAT; the amount excluding VAT is counted ({count}): {bills}.</source>
        <translation>{supply} : le montant HT plus la TVA ne fait pas le montant TTC ; c'est le montant HT qui est compté ({count}) : {bills}.</translation>
    </message>
    <message>
        <source>{supply}: bills covering an unusual number of days, usually {median} ({count}): {bills}.</source>
        <translation>{supply} : factures couvrant un nombre de jours inhabituel, d'ordinaire {median} ({count}) : {bills}.</translation>
    </message>
    <message>
        <source>{supply}: bills ending in the future ({count}): {bills}.</source>
        <translation>{supply} : factures se terminant dans le futur ({count}) : {bills}.</translation>
    </message>
    <message>
        <source>{supply}: the same quantity as the bill before, a sign of estimated bills ({count}): {bills}.</source>
        <translation>{supply} : même quantité que la facture précédente, signe de factures estimées ({count}) : {bills}.</translation>
    </message>
    <message>
        <source>{supply}: use per day far from the usual, more than {limit} median absolute deviations from the median ({count}): {bills}.</source>
        <translation>{supply} : consommation journalière éloignée de l’habitude, à plus de {limit} écarts absolus médians de la médiane ({count}) : {bills}.</translation>
    </message>
    <message>
        <source>{supply}: the reached power exceeds the subscribed {subscribed} kVA, up to {highest} kVA ({count}): {bills}.</source>
        <translation>{supply} : la puissance appelée dépasse la puissance souscrite ({subscribed} kVA), jusqu'à {highest} kVA ({count}) : {bills}.</translation>
    </message>
    <message>
        <source>{supply}: cos φ below {threshold}, down to {lowest} ({count}): {bills}.</source>
        <translation>{supply} : cos φ inférieur à {threshold}, jusqu'à {lowest} ({count}) : {bills}.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Annulé : rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <source>The file {path} already exists; choose another name.</source>
        <translation>Le fichier {path} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{path} is not an Energy Audit Workbench workspace. It was left as it is.</source>
        <translation>{path} n'est pas un espace de travail de l'Atelier d'audit énergétique. Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The latest backup copy beside it is {backup}; open that copy instead.</source>
        <translation>La copie de sauvegarde la plus récente à côté de lui est {backup} ; ouvrez plutôt cette copie.</translation>
    </message>
    <message>
        <source>No backup copy was found beside it; open a copy you saved or sent, if there is one.</source>
        <translation>Aucune copie de sauvegarde n’a été trouvée à côté de lui ; ouvrez une copie que vous avez enregistrée ou envoyée, s’il en existe une.</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged ({detail}). It was not changed. {advice}</source>
        <translation>L’espace de travail {path} est endommagé ({detail}). Il n’a pas été modifié. {advice}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Energy Audit Workbench (file format {version}; this version reads up to format {supported}). Update the application to open it. The file was not changed.</source>
        <translation>{path} a été écrit par une version plus récente de l'Atelier d'audit énergétique (format de fichier {version} ; cette version lit jusqu'au format {supported}). Mettez l'application à jour pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} is open in another window or program. Close it there first, or open a copy of the file.</source>
        <translation>{path} est ouvert dans une autre fenêtre ou un autre programme. Fermez-le d'abord, ou ouvrez une copie du fichier.</translation>
    </message>
    <message>
        <source>No {kind} with the id {ident} in this workspace.</source>
        <translation>Aucun élément {kind} avec l'identifiant {ident} dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation>L'espace de travail est fermé.</translation>
    </message>
    <message>
        <source>The change could not be saved in {path} ({detail}). Nothing of it was stored: the file holds what it held before. Free some disk space or save a copy elsewhere.</source>
        <translation>La modification n'a pas pu être enregistrée dans {path} ({detail}). Rien n'en a été écrit : le fichier contient ce qu'il contenait avant. Libérez de l'espace disque ou enregistrez une copie ailleurs.</translation>
    </message>
    <message>
        <source>{path} could not be written ({detail}). Choose another folder or free some space.</source>
        <translation>{path} n'a pas pu être écrit ({detail}). Choisissez un autre dossier ou libérez de l'espace.</translation>
    </message>
    <message>
        <source>{path} is open read-only (the file or its medium cannot be written), so it cannot be changed. Save a copy in a folder you can write to and open the copy to edit it.</source>
        <translation>{path} est ouvert en lecture seule (le fichier ou son support n’est pas accessible en écriture) : il ne peut pas être modifié. Enregistrez une copie dans un dossier où vous pouvez écrire et ouvrez cette copie pour la modifier.</translation>
    </message>
    <message>
        <source>{path} is on a medium that cannot be written, and its last changes are still in {wal}, which only a writable folder lets the application merge. Copy both files together to a folder you can write to and open the copy there. Nothing was changed.</source>
        <translation>{path} se trouve sur un support non inscriptible et ses dernières modifications sont encore dans {wal}, que l’application ne peut intégrer que dans un dossier accessible en écriture. Copiez les deux fichiers ensemble dans un dossier où vous pouvez écrire et ouvrez la copie à cet endroit. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} is in an older file format ({version}) and cannot be updated where it is, because the file or its medium is read-only. Copy it to a folder you can write to and open the copy there. Nothing was changed.</source>
        <translation>{path} est dans un format de fichier plus ancien ({version}) et ne peut pas être mis à jour là où il se trouve, car le fichier ou son support est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie à cet endroit. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} (file format {version}) could not be updated to this version's format ({detail}). The file was not changed and no copy of it was left behind. Free some disk space if the disk is full and try again, or send the file to the programme's coordinator.</source>
        <translation>{path} (format de fichier {version}) n’a pas pu être mis au format de cette version ({detail}). Le fichier n’a pas été modifié et aucune copie n’a été laissée. Libérez de l’espace si le disque est plein et réessayez, ou envoyez le fichier au coordinateur du programme.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}). Check that you may read the file, or copy it to your own folder first. It was not changed.</source>
        <translation>{path} ne peut pas être lu ({detail}). Vérifiez que vous avez le droit de lire ce fichier, ou copiez-le d’abord dans votre propre dossier. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The changes are safe in {wal}, but they could not be written into {path} itself ({detail}). Until they are, the file {name} alone is not complete: do not copy or send it without {wal}. Free some disk space; the application merges them the next time it opens the workspace.</source>
        <translation>Les modifications sont en sécurité dans {wal}, mais elles n’ont pas pu être écrites dans {path} lui-même ({detail}). D’ici là, le fichier {name} seul n’est pas complet : ne le copiez pas et ne l’envoyez pas sans {wal}. Libérez de l’espace disque ; l’application les intégrera la prochaine fois qu’elle ouvrira l’espace de travail.</translation>
    </message>
</context>
</TS>