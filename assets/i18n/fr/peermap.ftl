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

## La sortie de la ligne de commande pour les personnes (ses clés JSON restent en anglais)
cli-error = erreur : { $detail }
cli-note-bundled = remarque : { $detail } ; le corpus fourni avec peermap est utilisé
cli-output-failed = erreur : impossible d'écrire la sortie : { $detail }
cli-no-window = peermap n'a pas pu ouvrir sa fenêtre : { $detail }
    Il lui faut un bureau graphique (X11 ou Wayland) avec OpenGL.
cli-similar-heading = Modèles les plus semblables à { $name } (sur { $total } dans le corpus ; { $kinds } ; classés sur { $answered } questions répondues)
kinds-all = programmes, familles de rôles, mouvements et cadres
kinds-default = programmes et familles de rôles (mouvements et cadres exclus)
cli-wrote = écrit : { $path }
cli-wrote-atlas = écrit : { $path } ({ $models } modèles, { $families } familles, couleurs selon : { $by })
cli-write-failed = erreur : impossible d'écrire { $path } : { $detail }
cli-brief-format = erreur : { $path } : format de dossier inconnu ; utilisez .md, .html, .pdf, .png ou .json
cli-brief-over-design = erreur : { $path } est le projet en cours de lecture ; choisissez un autre fichier de sortie (rien n'a été écrit)
cli-brief-foreign = erreur : { $path } existe et n'est pas un dossier peermap de ce format ; rien n'a été écrit. Choisissez un autre fichier de sortie, ou ajoutez --force pour le remplacer
cli-corpus-path = Corpus : { $path }
cli-recover-missing = erreur : il n'y a pas de base du corpus à { $path } ; rien à récupérer
cli-recover-intact = La base du corpus { $path } est intacte ; rien à récupérer.
cli-nothing-changed = erreur : { $detail } ; rien n'a été modifié
cli-exported = { $count } modèles exportés vers { $path }
cli-import-rejected = { $problems } problème(s) dans { $rows } ligne(s) de { $path } ; rien n'a été importé. Corrigez le fichier, ou ajoutez --valid-only pour importer les { $valid } ligne(s) valides.
cli-import-none-valid = Aucune ligne valide dans { $path } ; rien n'a été importé.
cli-imported = { $count } modèles importés dans { $path }
cli-imported-skipping = { $count } modèles importés dans { $path } ({ $skipped } ligne(s) écartée(s))
cli-problem = { $label } : { $path } : { $problem }
cli-label-error = erreur
cli-label-skipped = écartée
stats-models = Modèles : { $total } ({ $bundled } fournis avec peermap, { $user } à vous)
stats-by-kind = Par type :
stats-per-issue = Par enjeu :
stats-no-issue = (aucun)
stats-answered = Réponses par question (tous les modèles ; programmes) :
stats-answered-line = { $all } sur { $total } ({ $share }) ;  { $programmes } programmes sur { $all_programmes } ({ $programme_share })
stats-five = Programmes qui répondent à au moins 5 questions sur 6 : { $count } sur { $programmes } ({ $share })
stats-per-region = Programmes par région :
stats-per-country = Par pays ({ $count }) : { $list }
stats-gaps = Fiches sans adresse de source : { $source } ; sans leçons : { $lessons } ; sans DOI : { $doi }
stats-percent = { $value } %

## Comment un modèle se compare, question par question (les lignes des modèles semblables)
explain-primary = { $name } (principale)
explain-peer-run = géré par des pairs
explain-left-out = { $title } : vous n'avez pas répondu, la question est donc laissée de côté
explain-unknown = { $title } : inconnu pour ce modèle, la question compte donc pour { $expected }, l'accord moyen d'un modèle codé avec votre réponse
explain-formality = { $title } { $agreement } : la vôtre { $yours } ({ $yours_anchor }), la leur { $theirs } ({ $theirs_anchor })
explain-both = en commun : { $list }
explain-you-add = vous ajoutez : { $list }
explain-they-add = ils ajoutent : { $list }
explain-line = { $title } { $agreement } : { $clauses }
explain-issue-same = enjeu { $agreement } : en commun : { $issue }
explain-issue-differs = enjeu { $agreement } : le vôtre : { $yours }, le leur : { $theirs }
explain-issue-unfiled = enjeu : classé sous aucun enjeu, il compte donc pour { $expected }, la part des modèles classés qui partagent le vôtre

## Le résumé d'un écran de `peermap check`, et les réponses en mots
summary-region = Région
summary-answered = Questions répondues : { $answered } sur 6 ; { $notes } avec une note sur la façon de faire ici.
answer-not-answered = sans réponse
answer-near = { $value }, proche de « { $anchor } »
answer-peer-run = { $names } (géré par des pairs)

## Le navigateur du corpus et ses invites, la comparaison, le graphe, l'atlas, les invites de l'application et l'aide au survol
compare-choose = Choisissez un modèle ci-dessus, ou appuyez sur Comparer à côté d'un modèle semblable, dans le graphe ou dans le détail d'un modèle du corpus.
compare-similarity = Ressemblance { $meaning }.
compare-yours = Le vôtre
    .named = Le vôtre : { $name }
compare-theirs = Le leur
    .named = Le leur : { $name }
compare-back = ← Retour au projet
compare-heading = Comparer votre projet avec
compare-pick = choisir un modèle
    .tooltip = Comparé en ce moment : { $current }. La liste contient les modèles les plus proches de votre projet ; choisissez-en un autre dans le corpus avec son bouton Comparer.
compare-agreement = accord { $agreement }
compare-why = Pourquoi le leur est codé ainsi : { $rationale }
model-name = Nom
model-kind = Type
editor-new = Nouveau modèle
editor-edit = Modifier le modèle
editor-id = Identifiant
editor-titles = Titres (séparés par « ; »)
editor-countries = Pays (noms ou codes, séparés par des virgules)
editor-ran-from = En activité de
editor-ran-to = à
editor-year = Année
    .hint = année
editor-summary = Résumé
editor-coding = Comment chaque réponse a été codée
editor-lessons = Ce qu'il a appris (une leçon par ligne, qui commence par « stated: » si la source l'énonce ou par « inferred: » si elle est déduite)
editor-authors = Auteurs
editor-title = Titre
editor-container = Revue ou éditeur
editor-source-url = Adresse du texte d'après lequel le modèle a été codé
editor-cited-in = Décrit dans
import-progress = Importation des modèles
    .checking = Vérification de chaque ligne…
    .cancelling = Annulation…
import-written = { $written ->
        [one] { $written } modèle écrit
       *[other] { $written } modèles écrits
    }
import-done = { $count ->
        [one] { $count } modèle importé
       *[other] { $count } modèles importés
    }
import-skipped = { $rows ->
        [one] { $rows } ligne a été écartée :
       *[other] { $rows } lignes ont été écartées :
    }
import-rejected = Rien n'a été importé
    .problems = { $file } comporte { $problems ->
        [one] { $problems } problème
       *[other] { $problems } problèmes
    } ; le corpus n'a pas changé. Corrigez le fichier et importez-le de nouveau, ou n'importez que { $valid ->
        [0] les lignes valides (il n'y en a aucune)
        [one] sa seule ligne valide
       *[other] ses { $valid } lignes valides
    }.
import-valid-only = { $valid ->
        [one] N'importer que la ligne valide
       *[other] N'importer que les { $valid } lignes valides
    }
import-cancelled = Importation annulée
    .note = Le corpus est tel qu'il était avant l'importation.
import-failed = L'importation a échoué
    .note = Le corpus n'a pas changé.
delete-model = Supprimer le modèle ?
    .warning = « { $id } » sera retiré de votre corpus. Cette action est irréversible.
    .tooltip = Retirer le modèle de votre corpus
delete-keep = Garder
    .tooltip = Garder le modèle
filters-search = Rechercher des modèles
    .hint = Chercher dans les noms, les titres, les populations…
filters-searching = { $total ->
        [one] Recherche dans { $total } modèle…
       *[other] Recherche parmi { $total } modèles…
    }
filters-count = { $total ->
        [one] { $shown } sur { $total } modèle
       *[other] { $shown } sur { $total } modèles
    }
filters-clear = Effacer la recherche et les filtres
filters-any-kind = Tous les types
filters-any-issue = Tous les enjeux
filters-any-country = Tous les pays
filters-country = Pays
filters-origin-all = Tous les modèles
filters-origin-bundled = Fournis
filters-origin-mine = Les miens
filters-answers = Montrer les modèles qui ont tout ce qui suit :
filters-peer-run = Gérés par des pairs seulement
filters-formality = Filtrer selon la formalité
    .from = de
    .to = à
detail-none = Sélectionnez un modèle dans le tableau pour voir où il se situe sur la carte.
detail-bundled = Fourni avec peermap · lecture seule
detail-yours = Votre modèle · modifiable
detail-compare = Comparer avec votre projet
detail-edit = Modifier…
    .tooltip = Modifier ce modèle
detail-delete = Supprimer…
    .tooltip = Retirer ce modèle
detail-open = Ouvrir comme projet
graph-threshold = Relier deux modèles quand leur ressemblance atteint ce seuil
graph-automatic = Choisi d'après les données
    .tooltip = Le seuil qui répartit ces modèles dans le plus grand nombre de groupes
graph-count = { $models ->
        [one] { $models } modèle
       *[other] { $models } modèles
    }, { $links ->
        [one] { $links } lien
       *[other] { $links } liens
    }
graph-fit = Ajuster
    .tooltip = Montrer tout le graphe
graph-navigate = Glissez ou faites défiler pour vous déplacer · Ctrl+défilement pour zoomer
graph-issues = Enjeux
graph-no-groups = Aucun modèle ne ressemble assez à un autre : abaissez le seuil pour voir des groupes.
graph-similarity = ressemblance { $score }
graph-click = Cliquez pour comparer avec votre projet
figure-your-design = Votre projet
error-heading = Une erreur s'est produite
error-ok = OK
unsaved-heading = Modifications non enregistrées
unsaved-before-quit = Enregistrer les modifications apportées à « { $name } » avant de fermer ?
unsaved-before-new = Enregistrer les modifications apportées à « { $name } » avant de commencer un nouveau projet ?
unsaved-before-open = Enregistrer les modifications apportées à « { $name } » avant d'ouvrir un autre projet ?
unsaved-save = Enregistrer les modifications, puis continuer
unsaved-discard = Ne pas enregistrer
    .tooltip = Abandonner les modifications
unsaved-cancel = Revenir au projet
recovery-heading = Récupérer les modifications non enregistrées ?
    .kept = peermap ne s'est pas fermé normalement la dernière fois. Les modifications non enregistrées apportées à « { $name } » ont été conservées.
    .saved = Fichier enregistré : { $path } (il n'a pas été modifié)
recovery-recover = Récupérer
    .tooltip = Ouvrir les modifications non enregistrées
recovery-discard = Abandonner
    .tooltip = Supprimer les modifications non enregistrées
path-field = Chemin du fichier
path-replace-one = { $file } existe déjà. Le remplacer ?
path-replace-many = Ces fichiers existent déjà : { $files }. Les remplacer ?
path-replace = Remplacer
atlas-help = Survolez un point pour voir le modèle · clic : son détail · clic droit : comparer · glisser un cadre : montrer ces modèles dans le corpus
atlas-laying-out = Placement des modèles du corpus…
atlas-colour = Couleurs : { $by }
    .tooltip = Ce que montrent les couleurs des points ; selon l'affiliation, elles montrent le continuum du communautaire au clinique
atlas-families = Familles
    .none = Aucun groupe dense : le corpus est trop petit ou trop uniforme.
    .tooltip = Des modèles que l'image regroupe, nommés d'après les titres que leurs programmes emploient le plus. Cliquez pour en voir la liste.
    .explained = Chaque point est un modèle, placé selon la ressemblance de ses réponses (la formule des modèles semblables, sur les six questions) : proches veut dire semblables. Les cercles marqués « ? » signalent un terrain inexploré près de votre projet.
atlas-card-help = Clic : détail · clic droit : comparer
atlas-other = Autres
atlas-not-stated = Non précisé
answer-primary-tooltip = Marquer { $function } comme l'un des principaux objectifs du programme
peer-run-organisation = Organisme géré par des pairs
    .tooltip = L'organisme est géré par des pairs (cocher cette case coche aussi l'organisme communautaire).
formality-near = Proche de : { $anchor }
formality-clear = Effacer
    .tooltip = Marquer la formalité comme sans réponse
formality-unanswered = Pas encore de réponse : cliquez sur l'échelle ou sur le nom d'un repère.
formality-current = Réponse actuelle : { $value } ({ $anchor })
question-facet-source = Facette : { $facet }. D'après Panaite et coll. 2024, Health Expectations 27:e14034.
map-sources = Sources (liste de références de Panaite et coll. 2024) :
similar-ranked-on = { $answered ->
        [one] Classement fondé sur { $answered } question répondue.
       *[other] Classement fondé sur { $answered } questions répondues.
    } Les questions auxquelles vous n'avez pas encore répondu sont écartées du score tant que vous n'y répondez pas.
similar-weight = Pondération : { $question }
similar-weight-issue = Pondération : même enjeu
    .tooltip = Le poids accordé au fait de partager votre enjeu ou domaine de santé, en plus des six questions. À 0, seules les six questions de la carte décident.
similar-reset-weights = Rétablir les pondérations
similar-unexplored = Aucun modèle documenté n'atteint une ressemblance de { $distance } avec ce projet. Les plus proches sur chaque facette prise seule :
similar-coded-tooltip = { $summary }. Une réponse inconnue compte pour l'accord qu'un modèle codé obtient en moyenne.
evidence-count = Applicables à vos réponses : { $applying } · traitées : { $addressed }
evidence-answer-first = Répondez aux questions pour voir ce que la littérature invite à prévoir.
table-region = Pays ou région
table-searching = { $total ->
        [one] Recherche dans { $total } modèle…
       *[other] Recherche parmi les { $total } modèles…
    }
table-no-match = Aucun modèle ne correspond à cette recherche et à ces filtres.
table-sort = Trier par { $column }. Faites glisser la ligne entre deux en-têtes pour élargir une colonne.
table-hidden = { $hidden ->
        [one] { $hidden } autre colonne apparaît quand le tableau est plus large (fermez ou rétrécissez le détail).
       *[other] { $hidden } autres colonnes apparaissent quand le tableau est plus large (fermez ou rétrécissez le détail).
    }
map-picture = Image de la carte de { $name }
    .formality = Cliquez ou faites glisser pour régler la formalité.
    .cycle = Cliquez pour passer d'un état à l'autre : non exercée → exercée → principale.
    .toggle = Cliquez pour inclure ou retirer.
preview-corpus = corpus : { $version }

## La ligne d'état de la fenêtre et ses messages d'erreur
app-atlas-exported = Atlas exporté : { $file }
app-atlas-failed = Impossible d'écrire l'atlas dans { $path }.
app-brief-busy = Un dossier est déjà en cours d'exportation.
app-brief-exporting = Exportation du dossier vers { $file }…
app-brief-exported = Dossier exporté : { $files }
app-brief-failed = Impossible d'exporter le dossier vers { $path }.
app-compare-choose = Choisissez d'abord un modèle à comparer
app-no-model = Aucun modèle « { $id } » dans le corpus
app-comparison-exported = Comparaison exportée : { $file }
app-comparison-failed = Impossible d'exporter la comparaison vers { $path }.
app-duplicated = Copié sous « { $id } », que vous pouvez modifier
app-model-saved = Modèle « { $id } » enregistré dans le corpus
app-model-deleted = Modèle « { $id } » supprimé
app-design-from-model = Nouveau projet à partir de « { $name } » : enregistrez-le pour le garder
app-import-busy = Une importation est déjà en cours.
app-importing = Importation de { $path }…
app-search-failed = Impossible de chercher dans le corpus : { $detail }
app-new-design = Nouveau projet
app-atlas-selected = { $count } modèles choisis sur l'atlas : le corpus ne montre qu'eux
app-recovered = Modifications non enregistrées récupérées : enregistrez-les pour les garder
app-open-failed = Impossible d'ouvrir le projet.
app-open-moved = Il a été déplacé ou supprimé ; il ne figure donc plus dans Projets récents.
app-example-opened = Exemple « { $title } » : utilisez Enregistrer sous pour garder votre propre copie
app-saved = Enregistré : { $file }
app-save-failed = Le projet n'a pas été enregistré.
app-recent-failed = Impossible de retenir les fichiers récents dans { $path } : { $detail }
app-corpus-unreadable = Impossible de lire le corpus pour les modèles semblables : { $detail }
app-no-file = Il n'y a aucun fichier à { $path }.
app-no-folder = Le dossier { $path } n'existe pas.

## Pays
country-unknown = « { $item } » n'est pas un pays ; écrivez le nom d'un pays ou son code ISO à deux lettres (KE, GB, US)

## Les invites de chemin tapé, les couleurs de l'atlas, annuler et rétablir, la comparaison exportée, la page du guide sur les six questions
path-open = Ouvrir un projet par son chemin
    .type = Tapez le chemin complet du fichier .peermap.json :
    .action = Ouvrir
path-save-as = Enregistrer le projet vers un chemin
    .type = Tapez le chemin complet du fichier .peermap.json :
    .action = Enregistrer
path-export-brief = Exporter le dossier vers un chemin
    .type = Tapez le chemin complet du fichier du dossier de projet. Sa terminaison choisit le format : .html, .pdf, .md (les figures sont écrites à côté, en PNG), .png (les figures) ou .json.
    .action = Exporter
path-import-corpus = Importer des modèles depuis un fichier
    .type = Tapez le chemin complet d'un fichier de corpus (.csv ou .json) :
    .action = Importer
path-export-corpus = Exporter le corpus dans un fichier
    .type = Tapez le chemin complet du fichier où écrire tous les modèles. Sa terminaison choisit le format : .csv ou .json.
    .action = Exporter
path-export-comparison = Exporter la comparaison vers un chemin
    .type = Tapez le chemin complet du fichier de la comparaison. Sa terminaison choisit le format : .html, .pdf, .md ou .json.
    .action = Exporter
path-export-atlas = Exporter l'atlas vers un chemin
    .type = Tapez le chemin complet de l'image PNG :
    .action = Exporter
path-is-folder = { $path } est un dossier : ajoutez un nom de fichier.
path-brief-format = « { $file } » ne dit pas quel format écrire : terminez le nom par .html, .pdf, .md, .png ou .json.
path-comparison-format = « { $file } » ne dit pas quel format écrire : terminez le nom par .html, .pdf, .md ou .json.
path-not-corpus = « { $file } » n'est pas un fichier de corpus : le nom doit se terminer par .csv ou .json.
question-numbered = Q{ $number } { $title }
atlas-by-issue = Enjeu
atlas-by-region = Région du monde
atlas-by-kind = Type de fiche
atlas-by-primary-function = Q1 Fonction principale
atlas-several-regions = Plusieurs régions
atlas-several-functions = Plusieurs fonctions
atlas-several-bases = Plusieurs bases
atlas-several-sources = Plusieurs sources
atlas-partnership = Partenariat entre plusieurs affiliations
atlas-several-spaces = Plusieurs espaces
atlas-colour-unknown = « { $text } » n'est pas un champ selon lequel colorer ; utilisez l'un de ceux-ci : { $names }
atlas-family-count = { $count ->
        [one] { $count } modèle
       *[other] { $count } modèles
    }
edit-name = nom du programme
edit-population = population desservie
edit-issue = enjeu ou domaine de santé
edit-issue-detail = enjeu dans vos mots
edit-countries = pays
edit-region = pays ou région
edit-description = description
edit-titles = titres des pairs
edit-formality = formalité
edit-peer-run = géré par des pairs
edit-note = note ({ $question })
edit-weight = pondération ({ $question })
edit-issue-weight = pondération de l'enjeu
edit-weights = pondérations
edit-addressed = donnée probante traitée
edit-addressed-note = note sur une donnée probante traitée
edit-undo-named = Annuler : { $what }
edit-redo-named = Rétablir : { $what }
edit-undid = Annulé : { $what }
edit-redid = Rétabli : { $what }
comparison-title = Comparaison : { $design } et { $model }
comparison-kind = Comparaison
comparison-similarity = Ressemblance { $score } ({ $meaning }).
comparison-meaning = { $score } : les deux concordent sur environ { $percent } % de ce qui compte, selon vos pondérations
comparison-by-question = Question par question
comparison-why = Pourquoi le leur est codé ainsi
comparison-coded-from = Codé d'après { $address }
comparison-issue = Enjeu
comparison-theirs-unknown = inconnue : la source ne le dit pas
comparison-unknown = inconnu (compte pour { $expected })
comparison-left-out = non calculé (question écartée)
guide-questions = Les six questions
    .intro = La carte (Panaite et coll. 2024) décrit tout programme de soutien par les pairs au moyen de six questions réparties en trois facettes : les rôles des pairs, leurs parcours pour devenir pairs et les milieux où ils exercent. Chaque question ci-dessous présente ses réponses telles que la carte les définit.
guide-question = Q{ $number } { $title } ({ $facet }) : { $prompt }

## Plusieurs perspectives sur un même projet
cli-merge-over-input = erreur : { $path } est l'un des projets fusionnés ; choisissez un autre fichier de sortie (rien n'a été écrit)
cli-merge-exists = erreur : { $path } existe ; rien n'a été écrit. Choisissez un autre fichier de sortie, ou ajoutez --force pour le remplacer
cli-merge-conflict = conflit : la perspective « { $name } » de { $path } diffère de celle qui porte déjà ce nom
cli-merge-stopped = { $count } conflit(s) ; rien n'a été écrit. Ajoutez --on-conflict keep-both, replace ou skip pour dire quoi faire.
cli-merged = écrit : { $path } : { $added } perspective(s) ajoutée(s) ou remplacée(s), { $total } en tout

## Le panneau des perspectives
command-side-perspectives = Perspectives
    .tooltip = Les réponses de chaque partie prenante, leurs écarts et la position que le groupe adopte
perspectives-intro = Chaque personne ou groupe répond aux six questions de son côté ; les réponses du projet sont la position commune que le groupe adopte.
perspectives-shared = Position commune
    .tooltip = Les questions montrent et modifient la position adoptée par le groupe
perspectives-show = Montrer et modifier les réponses de { $name }
perspectives-name = Nom de cette perspective
perspectives-remove = Retirer cette perspective (Annuler la rétablit)
perspectives-new = Nouvelle perspective
    .hint = Pairs aidants, gestionnaire du programme, selon la description de poste…
perspectives-add = Ajouter la perspective
perspectives-answering = Réponses de : { $name }
perspectives-to-discuss = À discuter
perspectives-agree-all = Les perspectives s'accordent sur chaque question à laquelle plus d'une a répondu.
perspectives-need-two = Ajoutez au moins deux perspectives pour voir leurs écarts.
perspectives-divergence = Q{ $number } { $title } : écart { $divergence }
    .tooltip = 1 − l'accord moyen de chaque paire de perspectives qui y ont répondu (0 : toutes d'accord ; 1 : aucune paire d'accord)
perspectives-their-answer = { $name } : { $answer }
perspectives-take-majority = Prendre la majorité
    .tooltip = Donner à la réponse commune ce qu'ont choisi plus de la moitié des perspectives qui ont répondu
perspectives-take-median = Prendre la médiane
    .tooltip = Donner à la formalité commune la valeur du milieu parmi celles des perspectives
perspectives-take-from = Prendre de
perspectives-decision = Comment le groupe a décidé
    .hint = Qui était là, ce qui a été pesé, ce qui a été convenu
edit-perspective-add = nouvelle perspective
edit-perspective-rename = nom de la perspective
edit-perspective-remove = perspective retirée
edit-agree = réponse commune ({ $question })
edit-decision = décision sur { $question }
app-nothing-to-undo = Rien à annuler
app-nothing-to-redo = Rien à rétablir
