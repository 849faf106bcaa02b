# Les messages de peermap en français. Chaque message a son pendant anglais
# dans ../en/peermap.ftl (un test garde les deux fichiers en accord).
# Vocabulaire : voir docs/glossary.md. Espace insécable avant : ; ! ? et
# à l'intérieur des guillemets « ».

## Menus

menu-file = Fichier
menu-edit = Édition
menu-view = Affichage
menu-help = Aide
menu-open-recent = Projets récents
menu-no-recent = Aucun projet récent
menu-corpus = Corpus
menu-examples = Exemples
menu-theme-system = Suivre le thème du système
menu-theme-light = Thème clair
menu-theme-dark = Thème sombre
menu-language = Langue
    .tooltip = La langue des menus, des panneaux et des messages ; les dossiers peuvent être exportés dans l'une ou l'autre langue
menu-map-source = Carte : Panaite et coll. 2024, Health Expectations 27:e14034

## Commandes : le libellé du menu, et l'infobulle s'il y en a une

command-new-design = Nouveau projet
    .tooltip = Commencer un nouveau projet de programme, vierge
command-open-dialog = Ouvrir…
    .tooltip = Ouvrir un fichier de projet .peermap.json
command-open = Ouvrir
command-save = Enregistrer
    .tooltip = Enregistrer le projet dans son fichier
command-save-as-dialog = Enregistrer sous…
    .tooltip = Enregistrer le projet dans un nouveau fichier
command-save-to = Enregistrer sous
command-open-by-path = Ouvrir par chemin…
    .tooltip = Taper le chemin du projet à ouvrir (quand aucune boîte de dialogue de fichiers n'est disponible)
command-save-to-path = Enregistrer vers un chemin…
    .tooltip = Taper le chemin où enregistrer (quand aucune boîte de dialogue de fichiers n'est disponible)
command-export-brief-to-path = Exporter le dossier vers un chemin…
command-import-from-path = Importer des modèles depuis un chemin…
command-export-corpus-to-path = Exporter le corpus vers un chemin…
command-export-atlas-to-path = Exporter l'atlas vers un chemin…
command-export-comparison-to-path = Exporter la comparaison vers un chemin…
command-path-prompt-tooltip = Taper le chemin du fichier (quand aucune boîte de dialogue de fichiers n'est disponible)
command-undo = Annuler
    .tooltip = Annuler la dernière modification
command-redo = Rétablir
    .tooltip = Rétablir la dernière modification annulée
command-edit = Modifier
command-end-gesture = Fin du geste
command-cancel = Annuler
command-clear-recent = Effacer la liste des fichiers récents
    .tooltip = Oublier la liste des fichiers ouverts récemment
command-quit = Quitter
    .tooltip = Fermer peermap
command-answer = Répondre
command-brief-preview = Aperçu du dossier
    .tooltip = Voir ce que contiendra le dossier de projet
command-export-brief-dialog = Exporter le dossier…
    .tooltip = Écrire le dossier de projet en HTML, PDF, Markdown, images PNG ou JSON
command-export-brief = Exporter le dossier
command-view-design = Projet
    .tooltip = Situer votre programme sur la carte
command-view-corpus = Corpus
    .tooltip = Parcourir les modèles de programmes documentés
command-view-compare = Comparer
    .tooltip = Le projet et le modèle choisi côte à côte
command-view-graph = Graphe
    .tooltip = Votre projet parmi ses modèles les plus proches, regroupés par ressemblance
command-view-atlas = Atlas
    .tooltip = Tout le corpus sur une seule image : les familles du soutien par les pairs, et la place de votre projet
command-search = Rechercher
command-select = Sélectionner
command-duplicate-model = Dupliquer
    .tooltip = Faire une copie modifiable de ce modèle
command-edit-model = Modifier
command-save-design-as-model = Enregistrer le projet comme modèle…
    .tooltip = Ajouter le projet ouvert à votre corpus, comme modèle
command-save-model-draft = Enregistrer le modèle
command-close = Fermer
command-delete-model = Supprimer
command-open-model-as-design = Ouvrir comme nouveau projet
    .tooltip = Commencer un nouveau projet à partir des réponses et du contexte de ce modèle
command-import-corpus-dialog = Importer des modèles…
    .tooltip = Ajouter des modèles depuis un fichier CSV ou JSON (voir docs/corpus-format.md)
command-import-corpus = Importer
command-cancel-import = Annuler l'importation
command-export-corpus-dialog = Exporter le corpus…
    .tooltip = Écrire tous les modèles du corpus dans un fichier CSV ou JSON
command-export-corpus = Exporter
command-recover-corpus = Récupérer le corpus endommagé…
    .tooltip = Mettre de côté le fichier du corpus endommagé, enregistrer à côté vos modèles encore lisibles, puis reconstruire le corpus à partir de ceux-ci et des modèles fournis
command-atlas-colour = Couleurs selon
command-select-on-atlas = Sélectionner sur l'atlas
command-export-atlas-dialog = Exporter l'atlas (PNG)…
command-export-atlas = Exporter l'atlas
command-graph-threshold = Seuil des liens
command-side-similar = Modèles semblables
    .tooltip = Les modèles documentés proches de votre projet
command-side-evidence = Données probantes
    .tooltip = Ce que la littérature invite à prévoir, d'après vos réponses
command-silo-scope = Quels enjeux
command-all-kinds = Mouvements et référentiels
    .tooltip = Classer aussi les mouvements historiques et les référentiels de compétences ou de politiques ; par défaut, la liste contient les programmes et les familles de rôles, les modèles dont un programme peut s'inspirer
command-compare = Comparer
    .tooltip = Voir ce modèle côte à côte avec votre projet
command-export-comparison-dialog = Exporter la comparaison…
    .tooltip = Écrire cette comparaison en HTML, PDF, Markdown ou JSON, pour la partager ou l'imprimer
command-export-comparison = Exporter la comparaison
command-guide = Guide
    .tooltip = De courtes pages sur les six questions, les modèles semblables, le graphe, les données probantes et le dossier
command-shortcuts = Raccourcis clavier
    .tooltip = Tous les raccourcis clavier de peermap
command-set-language = Langue

## La carte : ses facettes et ses questions

facet-roles = Rôles des pairs
    .short = Rôles
facet-pathways = Parcours des pairs
    .short = Parcours
facet-settings = Milieux de pratique
    .short = Milieux

question-functions = Fonctions
    .prompt = Quels sont les objectifs du soutien offert par le pair ?
    .guidance = Cochez chaque fonction qu'exercent les pairs ; marquez comme principales celle ou les deux qui comptent le plus.
question-formality = Formalité
    .prompt = Quel degré de formalité caractérise le soutien offert par le pair ?
    .guidance = Un continuum, du soutien qui naît dans les réseaux du quotidien jusqu'aux tâches encadrées par un protocole.
question-relations = Liens
    .prompt = Sur quelle base les pairs entrent-ils en lien avec les autres ?
    .guidance = Les pairs s'appuient souvent sur plusieurs bases à la fois ; cochez toutes celles qui s'appliquent.
question-status = Statut
    .prompt = Qui les reconnaît comme pairs ?
    .guidance = Cochez chaque source de reconnaissance qui fait d'eux des pairs.
question-affiliations = Affiliations
    .prompt = Quelles sont les affiliations du pair ?
    .guidance = Ordonnées de la communauté à la clinique ; d'habitude une seule, davantage pour les partenariats.
question-spaces = Espaces
    .prompt = Où le soutien est-il offert ?
    .guidance = Là où le soutien a lieu, quelle que soit l'affiliation : le pair d'une clinique peut travailler dans la rue.

## Les réponses de la carte : nom, forme courte (l'image de la carte), définition

answer-relationship = Établir une relation
    .short = Relation
    .definition = Entrer en contact et gagner la confiance. C'est souvent la première étape, celle qui ouvre la porte à toutes les autres fonctions ; avec des personnes qui vivent l'exclusion et les préjugés, elle demande du temps (une salutation, une conversation informelle, l'écoute de leur histoire).
answer-emotional = Soutien émotionnel
    .short = Émotionnel
    .definition = Une empathie ancrée dans l'expérience partagée : écouter sans juger, être authentique, redonner espoir et proposer d'autres façons de voir les choses. Elle atténue l'isolement et valide ce que vit la personne.
answer-navigation = Navigation dans les services
    .short = Navigation
    .definition = Relier les personnes aux services de santé et aux ressources communautaires : orientation, rendez-vous et suivi, accompagnement aux consultations, aide concrète pour le logement, l'alimentation ou l'argent ; coordination des soins entre les secteurs.
answer-promotion = Promotion de la santé
    .short = Promotion
    .definition = Information sur la santé et changement des comportements : éducation sur la transmission et le traitement, habitudes à risque, dépistages simples, remise de médicaments ou de matériel de réduction des méfaits, et traduction de l'information médicale en des termes qui ont du sens dans la culture de la personne.
answer-advocacy = Défense des droits
    .short = Défense des droits
    .definition = Porter les besoins d'une communauté auprès du système : jouer un rôle de médiation, remettre en question les façons établies de savoir, former les intervenants ou la police, et aider la communauté à prendre part aux décisions.
answer-lived-experience = Expérience vécue
    .short = Expérience vécue
    .definition = Avoir traversé soi-même la difficulté de santé ou sociale (maladie chronique, itinérance, dépendance, trouble mental, deuil). Ce savoir de l'intérieur crée la confiance et aide à vivre l'expérience comme quelque chose de normal.
answer-social-identity = Identité sociale partagée
    .short = Identité sociale
    .definition = Partager une identité comme l'autochtonie, le genre, l'origine ethnique ou l'orientation sexuelle. Elle compte surtout là où les soins reproduisent des pratiques coloniales ou eurocentriques.
answer-geographic-community = Appartenance à une communauté locale
    .short = Communauté locale
    .definition = Faire partie de la communauté locale desservie (un établissement rom, un quartier latino) : en connaître les obstacles, traduire et prendre la parole sur place ; le pair est parfois choisi par la communauté elle-même.
answer-people-supported = Les personnes soutenues
    .short = Personnes soutenues
    .definition = Une reconnaissance qui naît dans la rencontre elle-même, de l'authenticité, du sentiment de sécurité et des habiletés relationnelles. Elle ne se planifie pas entièrement.
answer-organisation = Un organisme ou une institution
    .short = Organisme
    .definition = Un poste ou une fonction formelle (badge, bureau, mentorat par des intervenants). Cela donne de la crédibilité, mais rend le pair redevable des objectifs de l'organisme, qui peuvent différer de ceux de la communauté.
answer-training-certification = Formation et certification
    .short = Formation
    .definition = Des cours et des attestations sur la confidentialité, la communication et les limites. Ils peuvent apporter une rémunération et une reconnaissance professionnelle, mais aussi exclure (diplômes exigés) ou trop formaliser le rôle.
answer-independent = Indépendant
    .short = Indépendant
    .definition = Aucun lien formel avec un programme ou un organisme, seulement avec une communauté ou un groupe (entraide, groupes d'entraide). Libre de résister aux cadrages médicaux, mais avec peu de ressources.
answer-community-org = Organisme communautaire
    .short = Org. communautaire
    .definition = Une gouvernance plus horizontale et des embauches plus diversifiées, qui laissent plus de place aux pairs dans la gestion, surtout quand l'organisme est géré par des pairs ; les rapports de pouvoir demeurent.
answer-clinical-org = Établissement clinique
    .short = Étab. clinique
    .definition = Cliniques, hôpitaux, agences de santé. Les pairs y offrent surtout des services directs, adoptent le langage médical et relèvent de l'institution ; ils y gagnent l'accès aux intervenants, parfois de meilleurs horaires, et de la crédibilité.
answer-daily-life = Espaces de la vie quotidienne
    .short = Vie quotidienne
    .definition = Domiciles, lieux de culte, cafés et restaurants : partout où les gens vivent leur vie.
answer-outreach = Rue et travail de proximité
    .short = Proximité
    .definition = Aller vers les gens là où ils sont (rue, campements, communautés isolées) ; la frontière entre le rôle et la vie de la communauté s'estompe.
answer-community-org-space = Organismes communautaires
    .short = Lieux communautaires
    .definition = Banques alimentaires, refuges, centres de jour ; s'y rendre avec quelqu'un aide à briser la stigmatisation.
answer-institutional = Milieux institutionnels
    .short = Institutions
    .definition = Cliniques, hôpitaux, tribunaux, prisons. Les pairs y accompagnent les personnes pour que leurs droits soient respectés, y font face aux préjugés et dépendent de la façon dont l'équipe comprend le rôle de pair.

## Les repères du continuum de formalité : étiquette, nom, exemple

formality-natural = Soutien qui naît dans les réseaux sociaux existants
    .short = Naturel
    .example = Des amis, des partenaires ou des personnes réunies par les circonstances : amis LGBTQ+ lors d'une crise de santé mentale, amis vivant avec le VIH, entraide dans un campement, patients d'une même unité.
formality-fostered = Entraide favorisée
    .short = Favorisé
    .example = Un organisme crée et entretient des occasions pour que les pairs s'aident entre eux, en s'appuyant sur des réseaux qui existent déjà.
formality-intentional = Rôle de pair intentionnel et ouvert
    .short = Intentionnel
    .example = Un rôle de pair dans un programme qui suit les besoins de la personne à mesure qu'ils apparaissent, comme les pairs aidants en santé mentale qui ajustent leur soutien.
formality-structured = Rôle structuré aux objectifs prédéfinis
    .short = Structuré
    .example = Souvent présenté comme celui d'un mentor ou d'un leader, par exemple dans les stratégies de pairs pour rendre les aînés plus actifs physiquement.
formality-protocol = Tâches guidées par un protocole
    .short = Protocole
    .example = Des agents de santé communautaire qui traitent la fièvre en suivant un algorithme pour le paludisme.

## Le panneau du contexte, celui des modèles semblables et les contrôles des réponses

context-name = Nom du programme
    .hint = p. ex. navigation par les pairs en oncologie
context-population = Population desservie
    .hint = Les personnes que les pairs soutiennent
context-issue = Enjeu ou domaine de santé
    .none = Non choisi
    .tooltip = Le domaine de santé que vise le programme : les modèles semblables qui le partagent sont mieux classés (voir Pondérations), et la liste peut ne montrer que cet enjeu, ou seulement les autres silos.
context-issue-detail = L'enjeu dans vos mots
    .hint = p. ex. dépression périnatale
context-countries = Pays
    .tooltip = Les pays où le programme est offert, par leur nom ou leur code à deux lettres (KE, CA). Le corpus classe les modèles par pays : les filtres et les comparaisons entre lieux sont donc exacts.
    .add = Ajouter un pays
context-place = Lieu
    .hint = p. ex. Hochelaga, Montréal
context-titles = Titres donnés aux pairs
    .tooltip = Comment on appelle les pairs ici (pair navigateur, promotora, agent de santé communautaire…). La carte compare les programmes selon ce qu'ils font, pas selon ces titres.
    .add = Ajouter un titre
context-description = Description
    .hint = Ce que fait le programme, en quelques phrases
context-funders = Pour les bailleurs de fonds ({ $filled } sur 4)
    .note = Facultatif. Figure en première page du dossier, dans vos mots.
context-limit = Ce champ contient au plus { $limit } caractères.
chip-add = Ajouter
    .hint = { $label }, puis Entrée
    .remove = Retirer « { $chip } »
similar-scope = Modèles montrés
silo-all = Tous les enjeux
    .meaning = Classer tous les modèles, quels que soient leur enjeu et leur population
silo-same = Même enjeu seulement
    .meaning = Ne classer que les modèles rangés sous votre enjeu ou domaine de santé
silo-other = Autres silos seulement
    .meaning = Ne classer que les modèles d'autres enjeux et d'autres populations que les vôtres
similar-all-kinds = Aussi les mouvements et les cadres
similar-weights = Pondérations
    .changed = Pondérations (modifiées)
similar-called = Dans les programmes comme le vôtre, les pairs s'appellent :
similar-compare = Comparer
similar-coded = { $known } sur 6 codées
similar-reading = Lecture des { $total } modèles du corpus…
similar-answer-first = Répondez aux six questions pour voir quels modèles documentés se trouvent à proximité.
answer-primary = principale
    .accessible = { $function } est principale

## La barre d'état et les types de modèles

status-unsaved = • Modifications non enregistrées
    .tooltip = Enregistrez avec Ctrl+S. Les modifications sont aussi sauvegardées automatiquement pour être récupérées après une panne.
status-saved = Toutes les modifications sont enregistrées
status-unchanged = Aucune modification pour l'instant
status-no-file = Pas encore enregistré dans un fichier
kind-programme = Programme
    .meaning = Un programme ou un service concret que décrit une étude ou un rapport.
kind-role = Famille de rôles
    .meaning = Une famille de rôles de pairs décrite à travers plusieurs programmes (une revue ou une analyse de concept), ou un soutien informel entre pairs que documente une étude ; pas un programme en particulier.
kind-movement = Mouvement
    .meaning = Un mouvement historique ou social, pas un programme à reproduire.
kind-framework = Cadre
    .meaning = Un cadre de compétences ou de politiques, pas un programme.

## Le dossier de projet (tous les formats)

brief-kind = Dossier de projet
brief-untitled = Projet sans titre
brief-context = Contexte
brief-not-given = non précisé
brief-position = Position sur la carte
brief-map-alt = Le programme dessiné sur la carte du soutien par les pairs : trois facettes, six questions, ses réponses marquées
brief-map-caption = Le programme sur les six questions de la carte (Panaite et al. 2024).
brief-our-note = Notre note
brief-similar = Modèles semblables
brief-no-titles = aucun titre noté
brief-no-issue = enjeu non précisé
brief-no-place = lieu non précisé
brief-source-word = source
brief-question = Question
brief-agreement = Accord
brief-why = Pourquoi
brief-left-out = écartée
brief-unknown = inconnue
brief-learned = Ce qu'il a appris
brief-differently = Ce qu'il fait autrement
brief-no-models = Aucun modèle du corpus avec lequel comparer.
brief-graph-alt = Le projet parmi ses modèles les plus proches, reliés quand ils se ressemblent et colorés selon l'enjeu
brief-landscape = Le paysage
brief-atlas-alt = Tous les modèles du corpus placés selon leur ressemblance, les familles entourées, le projet marqué
brief-called = Comment on appelle les pairs dans les programmes de ce genre
brief-no-called = Aucun programme proche dont apprendre les titres.
brief-unexplored = Position inexplorée
brief-nearest-facet = Les plus proches sur chaque facette prise seule :
brief-considerations = Données probantes
brief-applies = S'applique parce que
brief-source = Source
brief-addressed = Traité.
brief-none-triggered = Aucune des réponses données jusqu'ici n'appelle de donnée probante particulière.
brief-always = À prévoir dans tous les cas
brief-references = Références
brief-language = Langue du dossier
    .tooltip = Le dossier est rédigé dans cette langue, quelle que soit celle de la fenêtre.

## Les champs pour les bailleurs de fonds et les pages du PDF

plan-aims = Objectifs
    .hint = Ce que le programme veut changer, et pour qui
plan-outcomes = Résultats attendus
    .hint = Ce qui montrera qu'il a fonctionné, et comment on le mesurera
plan-budget = Budget
    .hint = p. ex. deux pairs aidants à temps partiel, supervision et formation : 85 000 par année
plan-timeline = Échéancier
    .hint = p. ex. recrutement au printemps, premières personnes accompagnées en septembre, bilan après un an
pdf-page = page { $number } sur { $total }

## L'aperçu du dossier

preview-exporting = Exportation…
preview-graph = Figure du graphe
preview-atlas = Le dossier exporté la dessine : ouvrez Affichage → Atlas pour la voir dès maintenant.

## Les données probantes et pourquoi elles s'appliquent

in-english = (en anglais)
evidence-applies = S'applique parce que : { $because }
evidence-addressed = Traité
    .tooltip = Cochez-le s'il est pris en compte dans votre plan ; le dossier montre votre note
evidence-how = Comment nous en tenons compte : { $title }
    .hint = Comment nous en tenons compte…
trigger-function = Les fonctions comprennent : { $names }
trigger-formality-min = La formalité est de { $min } ou plus
trigger-formality-max = La formalité est de { $max } ou moins
trigger-formality-answered = La formalité est indiquée
trigger-relation = Les liens comprennent : { $names }
trigger-status = Le statut vient de : { $names }
trigger-affiliation = Les affiliations comprennent : { $names }
trigger-space = Les espaces comprennent : { $names }
trigger-or = ou

## Les projets d'exemple (Aide → Exemples)

example-hospital = Navigation en oncologie à l'hôpital
    .blurb = Des pairs navigateurs dans un hôpital urbain : un rôle structuré, affilié à un établissement clinique
example-drop-in = Centre de jour géré par des pairs
    .blurb = Un centre de jour communautaire géré par des pairs : un soutien ouvert, ancré dans l'expérience vécue
example-outreach = Travail de proximité d'agents de santé communautaire
    .blurb = Des agents de santé communautaire du milieu qui font du travail de proximité et des visites à domicile selon des protocoles

## Ce qui distingue un modèle, question par question, en phrases

words-unanswered = Vous n'avez pas répondu à cette question ; elle est donc écartée du score.
words-unknown = La source ne le dit pas ; la question compte donc pour { $expected } : l'accord moyen d'un modèle codé avec votre réponse.
words-and = et
words-functions-shared = Fonctions en commun : { $items }.
words-functions-missing = Absent chez eux : { $items }.
words-functions-extra = En plus chez eux : { $items } ; pas chez vous.
words-primary-yours = { $function } : fonction principale chez vous, pas chez eux.
words-primary-theirs = { $function } : fonction principale chez eux, pas chez vous.
words-formality-same = Formalité semblable : la vôtre { $yours }, la leur { $theirs }, toutes deux près de « { $near } ».
words-formality-more = Leur rôle est plus formel : { $theirs }, près de « { $near_theirs } » ; le vôtre : { $yours }, près de « { $near_yours } ».
words-formality-less = Leur rôle est moins formel : { $theirs }, près de « { $near_theirs } » ; le vôtre : { $yours }, près de « { $near_yours } ».
words-relations-shared = Des deux côtés, le lien repose sur : { $items }.
words-relations-yours = Chez vous, il repose aussi sur : { $items } ; pas chez eux.
words-relations-theirs = Chez eux, il repose aussi sur : { $items } ; pas chez vous.
words-status-shared = Des deux côtés, le statut de pair vient de : { $items }.
words-status-yours = Chez vous, il vient aussi de : { $items } ; pas chez eux.
words-status-theirs = Chez eux, il vient aussi de : { $items } ; pas chez vous.
words-spaces-shared = Les deux travaillent dans : { $items }.
words-spaces-yours = Vous seuls travaillez dans : { $items }.
words-spaces-theirs = Eux seuls travaillent dans : { $items }.
words-affiliation-independent = indépendant
words-affiliation-in = dans un { $name }
words-affiliation-peer-run = géré par des pairs
words-affiliations-shared = Les deux : { $items }.
words-affiliations-differ = Le vôtre : { $yours } ; le leur : { $theirs }.
words-affiliations-yours = Le vôtre est aussi : { $items } ; pas le leur.
words-affiliations-theirs = Le leur est aussi : { $items } ; pas le vôtre.

## Le centre de l'image de la carte et l'état de la dernière action

map-answered = { $answered } sur 6 répondues
status-opened = Ouvert : { $file }

## Le détail d'un modèle dans le navigateur du corpus

detail-titles = Titres
detail-population = Population
detail-issue = Enjeu
detail-groups = Groupes
detail-countries = Pays
detail-place = Lieu
detail-period = Période
detail-source = Source
detail-coded-from = Texte d'après lequel le modèle a été codé
detail-also = Aussi décrit dans :
detail-learned = Ce qu'il a appris
detail-no-lessons = La fiche ne note aucune leçon.

## Le nom du projet par défaut, une question sans réponse sur la carte, les notes

design-untitled = Programme sans titre
map-open = (ouverte)
note-label = Comment nous le faisons ici : { $question }
    .hint = Comment nous le faisons ici…
coding-summary = Questions codées : { $known } sur 6 (énoncées dans la source : { $stated } ; déduites : { $inferred })
lesson-inferred = (déduit)
confidence-stated = énoncé dans la source
confidence-inferred = déduit
confidence-unknown = inconnu
