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
