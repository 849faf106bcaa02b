# peermap's messages in English. Every message here has its French pair in
# ../fr/peermap.ftl (a test keeps the two files in step).

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-open-recent = Open Recent
menu-no-recent = No recent designs
menu-corpus = Corpus
menu-examples = Examples
menu-theme-system = Follow system theme
menu-theme-light = Light theme
menu-theme-dark = Dark theme
menu-language = Language
    .tooltip = The language of menus, panels and messages; briefs can be exported in either language
menu-map-source = Map: Panaite et al. 2024, Health Expectations 27:e14034

## Commands: the menu label, and the tooltip where there is one

command-new-design = New design
    .tooltip = Start a new, empty programme design
command-open-dialog = Open…
    .tooltip = Open a .peermap.json design file
command-open = Open
command-save = Save
    .tooltip = Save the design to its file
command-save-as-dialog = Save As…
    .tooltip = Save the design to a new file
command-save-to = Save As
command-open-by-path = Open by path…
    .tooltip = Type the path of a design to open (when no file dialog is available)
command-save-to-path = Save to path…
    .tooltip = Type the path to save to (when no file dialog is available)
command-export-brief-to-path = Export brief to path…
command-import-from-path = Import models from path…
command-export-corpus-to-path = Export corpus to path…
command-export-atlas-to-path = Export atlas to path…
command-export-comparison-to-path = Export comparison to path…
command-path-prompt-tooltip = Type the path of the file (when no file dialog is available)
command-undo = Undo
    .tooltip = Undo the last change
command-redo = Redo
    .tooltip = Redo the last undone change
command-edit = Edit
command-end-gesture = End gesture
command-cancel = Cancel
command-clear-recent = Clear recent files
    .tooltip = Forget the list of recently opened files
command-quit = Quit
    .tooltip = Close peermap
command-answer = Answer
command-brief-preview = Brief preview
    .tooltip = See what the design brief will contain
command-export-brief-dialog = Export brief…
    .tooltip = Write the design brief as HTML, PDF, Markdown, PNG images or JSON
command-export-brief = Export brief
command-view-design = Design
    .tooltip = Position your programme on the map
command-view-corpus = Corpus
    .tooltip = Browse documented programme models
command-view-compare = Compare
    .tooltip = The design and the chosen model side by side
command-view-graph = Graph
    .tooltip = Your design among its nearest models, grouped by likeness
command-view-atlas = Atlas
    .tooltip = The whole corpus on one picture: families of peer support, and where your design falls
command-search = Search
command-select = Select
command-duplicate-model = Duplicate
    .tooltip = Make an editable copy of this model
command-edit-model = Edit
command-save-design-as-model = Save design as a model…
    .tooltip = Add the open design to your corpus as a model
command-save-model-draft = Save model
command-close = Close
command-delete-model = Delete
command-open-model-as-design = Open as a new design
    .tooltip = Start a new design from this model's answers and context
command-import-corpus-dialog = Import models…
    .tooltip = Add models from a CSV or JSON file (see docs/corpus-format.md)
command-import-corpus = Import
command-cancel-import = Cancel import
command-export-corpus-dialog = Export corpus…
    .tooltip = Write every model in the corpus to a CSV or JSON file
command-export-corpus = Export
command-recover-corpus = Recover damaged corpus…
    .tooltip = Keep the damaged corpus file aside, save your models that can still be read beside it, and rebuild the corpus from them and the bundled models
command-atlas-colour = Colour by
command-select-on-atlas = Select on the atlas
command-export-atlas-dialog = Export atlas (PNG)…
command-export-atlas = Export atlas
command-graph-threshold = Edge threshold
command-side-similar = Similar models
    .tooltip = Documented models that sit near your design
command-side-evidence = Evidence
    .tooltip = What the literature says to plan for, given your answers
command-silo-scope = Which issues
command-all-kinds = Movements and frameworks
    .tooltip = Also rank historical movements and competency or policy frameworks; by default the list holds programmes and role families, the models a programme can learn from
command-compare = Compare
    .tooltip = See this model side by side with your design
command-export-comparison-dialog = Export comparison…
    .tooltip = Write this comparison as HTML, PDF, Markdown or JSON, to share or print
command-export-comparison = Export comparison
command-guide = Guide
    .tooltip = Short pages on the six questions, the similar models, the graph, the evidence and the brief
command-shortcuts = Keyboard shortcuts
    .tooltip = Every keyboard shortcut peermap has
command-set-language = Language

## The map: its facets and questions

facet-roles = Peers' roles
    .short = Roles
facet-pathways = Peers' pathways
    .short = Pathways
facet-settings = Settings of practice
    .short = Settings

question-functions = Functions
    .prompt = What are the objectives of the peer's support?
    .guidance = Pick every function the peers carry out; mark the one or two that matter most as primary.
question-formality = Formality
    .prompt = What level of formality characterises the peer's support?
    .guidance = A continuum from support that arises in everyday networks to protocol-driven tasks.
question-relations = Relations
    .prompt = On what basis do peers connect with others?
    .guidance = Peers often draw on several bases at once; pick all that apply.
question-status = Status
    .prompt = Who acknowledges them as peers?
    .guidance = Pick every source of recognition that makes them peers.
question-affiliations = Affiliations
    .prompt = What are the peer's affiliations?
    .guidance = Ordered from community to clinic; usually one, more for partnerships.
question-spaces = Spaces
    .prompt = Where is the support offered?
    .guidance = Where the support happens, whatever the affiliation: a clinic's peer may work in the street.

## The map's answer options: name, short form (the map picture), definition

answer-relationship = Relationship building
    .short = Relationship
    .definition = Making contact and earning trust. Often the first step and the door to every other function; it takes time with people who meet exclusion and prejudice (a greeting, small talk, listening to someone's story).
answer-emotional = Emotional support
    .short = Emotional
    .definition = Empathy rooted in shared experience: listening without judgement, being genuine, offering hope and other ways of seeing things. It eases isolation and validates what the person lives.
answer-navigation = Navigation
    .short = Navigation
    .definition = Linking people to health and community services: referrals, appointments and follow-up, going along to visits, practical help with housing, food or money; coordinating care across sectors.
answer-promotion = Promotion
    .short = Promotion
    .definition = Health information and behaviour change: education on transmission and treatment, risk habits, simple checks, handing out medication or harm-reduction supplies, and putting medical information into culturally meaningful terms.
answer-advocacy = Advocacy
    .short = Advocacy
    .definition = Carrying a community's needs to the system: mediating, questioning standard ways of knowing, training providers or police, and helping the community take part in decisions.
answer-lived-experience = Lived experience
    .short = Lived experience
    .definition = Having been through the health or social challenge (chronic illness, homelessness, addiction, mental illness, grief). Insider knowledge builds trust and makes the experience feel normal.
answer-social-identity = Shared social identity
    .short = Social identity
    .definition = Sharing an identity such as Indigeneity, gender, ethnicity or sexuality. It matters most where care repeats colonial or Eurocentric practice.
answer-geographic-community = Membership of a local community
    .short = Local community
    .definition = Being part of the local community served (a Roma settlement, a Latino neighbourhood): knowing its barriers, translating and speaking up locally; sometimes chosen by the community itself.
answer-people-supported = The people supported
    .short = People supported
    .definition = Recognition that arises in the encounter itself, from authenticity, safety and interpersonal skill. It cannot be fully planned.
answer-organisation = An organisation or institution
    .short = Organisation
    .definition = A formal job or function (badge, office, mentoring by providers). It lends credibility but makes the peer answerable to the organisation's goals, which may differ from the community's.
answer-training-certification = Training and certification
    .short = Training
    .definition = Courses and certificates on confidentiality, communication and boundaries. They can bring pay and workforce recognition, and can also exclude (diploma prerequisites) or over-formalise the role.
answer-independent = Independent
    .short = Independent
    .definition = No formal tie to a programme or organisation, only to a community or group (mutual aid, self-help). Free to resist medical framings, with few resources.
answer-community-org = Community-based organisation
    .short = Community org.
    .definition = Flatter governance and more diverse hiring, with more room for peers in management, above all when the organisation is peer-run; power relations remain.
answer-clinical-org = Clinically based organisation
    .short = Clinical org.
    .definition = Clinics, hospitals, health agencies. Peers mostly give direct services, adopt medical language and answer to the institution; they gain access to providers, sometimes better hours, and credibility.
answer-daily-life = Daily-life spaces
    .short = Daily life
    .definition = Homes, places of worship, cafés and restaurants: wherever people live their lives.
answer-outreach = Street and outreach
    .short = Outreach
    .definition = Meeting people where they are (streets, encampments, isolated communities); the line between the role and community life blurs.
answer-community-org-space = Community organisations
    .short = Community sites
    .definition = Food banks, shelters, drop-ins; going there with someone helps break stigma.
answer-institutional = Institutional settings
    .short = Institutions
    .definition = Clinics, hospitals, courts, prisons. Peers accompany people so their rights are respected, face prejudice, and depend on the team understanding the peer role.

## The formality continuum's anchors: short label, name, example

formality-natural = Naturally occurring support within existing social networks
    .short = Natural
    .example = Friends, partners or people thrown together by circumstance: LGBTQ+ friends in a mental-health crisis, friends living with HIV, mutual aid in an encampment, patients on the same ward.
formality-fostered = Fostered mutual support
    .short = Fostered
    .example = An organisation creates and sustains chances for peers to help each other, building on networks that already exist.
formality-intentional = Intentional, open-ended peer role
    .short = Intentional
    .example = A peer role in a programme that follows the person's emerging needs, such as mental-health peer support workers tailoring their support.
formality-structured = Structured role with predefined goals
    .short = Structured
    .example = Often framed as mentor or leader, such as peer strategies to get older adults physically active.
formality-protocol = Protocol-driven tasks
    .short = Protocol
    .example = Community health workers treating fever by following a malaria algorithm.

## The context panel, the similar-models panel and the answers' controls

context-name = Programme name
    .hint = e.g. Cancer peer navigation
context-population = Population served
    .hint = Who the peers support
context-issue = Issue or health domain
    .none = Not chosen
    .tooltip = The health domain the programme addresses: similar models that share it rank higher (see Weights), and the list can show only this issue or only other silos.
context-issue-detail = Issue in your words
    .hint = e.g. perinatal depression
context-countries = Countries
    .tooltip = The countries the programme runs in, by name or two-letter code (KE, GB). The corpus files models by country, so filters and comparisons across places are exact.
    .add = Add a country
context-place = Place
    .hint = e.g. Harlem, New York
context-titles = Titles used for the peers
    .tooltip = What the peers are called here (peer navigator, promotora, community health worker…). The map compares programmes by what they do, not by these titles.
    .add = Add a title
context-description = Description
    .hint = What the programme does, in a few sentences
context-funders = For funders: aims, outcomes, budget, timeline ({ $filled } of 4)
    .note = Optional. Shown on the first page of the brief, in your words.
context-limit = This field holds at most { $limit } characters.
chip-add = Add
    .hint = { $label }, then Enter
    .remove = Remove "{ $chip }"
similar-scope = Models shown
silo-all = All issues
    .meaning = Rank every model, whatever its issue or population
silo-same = Same issue only
    .meaning = Rank only models filed under your issue or health domain
silo-other = Across silos only
    .meaning = Rank only models from other issues and populations than yours
similar-all-kinds = Movements and frameworks too
similar-weights = Weights
    .changed = Weights (changed)
similar-called = Programmes like yours are called:
similar-compare = Compare
similar-coded = { $known } of 6 coded
similar-reading = Reading the { $total } models of the corpus…
similar-answer-first = Answer the six questions to see which documented models sit nearby.
answer-primary = primary
    .accessible = { $function } is primary

## The status bar and the kinds of model

status-unsaved = • Unsaved changes
    .tooltip = Save with Ctrl+S. Changes are also autosaved for recovery after a crash.
status-saved = All changes saved
status-unchanged = No changes yet
status-no-file = Not saved to a file yet
kind-programme = Programme
    .meaning = A concrete programme or service that a study or report describes.
kind-role = Role family
    .meaning = A family of peer roles described across programmes (a review or concept analysis), or informal peer support a study documents; not one programme.
kind-movement = Movement
    .meaning = A historical or social movement, not a programme to copy.
kind-framework = Framework
    .meaning = A competency or policy framework, not a programme.

## The design brief (every format)

brief-kind = Design brief
brief-untitled = Untitled design
brief-context = Context
brief-not-given = not given
brief-position = Position on the map
brief-map-alt = The programme drawn on the map of peer support: three facets, six questions, its answers marked
brief-map-caption = The programme on the six questions of the map (Panaite et al. 2024).
brief-our-note = Our note
brief-similar = Similar models
brief-no-titles = no titles recorded
brief-no-issue = issue not stated
brief-no-place = place not stated
brief-source-word = source
brief-question = Question
brief-agreement = Agreement
brief-why = Why
brief-left-out = left out
brief-unknown = unknown
brief-learned = What it learned
brief-differently = What it does differently
brief-no-models = No models in the corpus to compare with.
brief-graph-alt = The design among its nearest models, joined when they are alike and coloured by issue
brief-landscape = The landscape
brief-atlas-alt = Every model of the corpus placed by likeness, families outlined, the design marked
brief-called = What programmes like this are called
brief-no-called = No nearby programme to learn titles from.
brief-unexplored = Unexplored position
brief-nearest-facet = Nearest on each facet alone:
brief-considerations = Considerations
brief-applies = Applies because
brief-source = Source
brief-addressed = Addressed.
brief-none-triggered = None of the answers given so far triggers a specific consideration.
brief-always = Always worth planning for
brief-references = References
brief-language = Language of the brief
    .tooltip = The brief is written in this language, whatever the language of the window.

## The funders' fields and the PDF's pages

plan-aims = Aims
    .hint = What the programme sets out to change, and for whom
plan-outcomes = Expected outcomes
    .hint = What will show it worked, and how it will be measured
plan-budget = Budget
    .hint = e.g. two part-time peer workers, supervision and training: 85,000 a year
plan-timeline = Timeline
    .hint = e.g. recruit in spring, first clients in September, review after a year
pdf-page = page { $number } of { $total }

## The brief preview

preview-exporting = Exporting…
preview-graph = Graph figure
preview-atlas = The exported brief draws it: open View → Atlas to see it now.

## The considerations and why they apply

in-english = (in English)
evidence-applies = Applies because: { $because }
evidence-addressed = Addressed
    .tooltip = Mark this as dealt with in your plan; the brief shows your note
evidence-how = How we address it: { $title }
    .hint = How we address it…
trigger-function = Functions include { $names }
trigger-formality-min = Formality is { $min } or more
trigger-formality-max = Formality is { $max } or less
trigger-formality-answered = Formality is answered
trigger-relation = Relations include { $names }
trigger-status = Status comes from { $names }
trigger-affiliation = Affiliation includes { $names }
trigger-space = Spaces include { $names }
trigger-or = or

## The example designs (Help → Examples)

example-hospital = Hospital cancer navigation
    .blurb = Peer navigators in a city hospital: a structured, clinically affiliated role
example-drop-in = Peer-run drop-in
    .blurb = A peer-run community drop-in: open-ended support grounded in lived experience
example-outreach = Community health worker outreach
    .blurb = Local community health workers doing outreach and home visits with protocols

## How a model differs, question by question, in sentences

words-unanswered = You have not answered this question, so it is left out of the score.
words-unknown = The source does not say, so it counts { $expected }: what a coded model agrees with your answer on average.
words-and = and
words-functions-shared = Both do { $items }.
words-functions-missing = They do not do { $items }.
words-functions-extra = They also do { $items }; you do not.
words-primary-yours = { $function } is a primary aim of yours, not theirs.
words-primary-theirs = { $function } is a primary aim of theirs, not yours.
words-formality-same = About as formal: yours { $yours }, theirs { $theirs }, both near "{ $near }".
words-formality-more = Theirs is more formal: { $theirs }, near "{ $near_theirs }"; yours { $yours }, near "{ $near_yours }".
words-formality-less = Theirs is less formal: { $theirs }, near "{ $near_theirs }"; yours { $yours }, near "{ $near_yours }".
words-relations-shared = Both build the peer relation on { $items }.
words-relations-yours = Yours also builds it on { $items }; theirs does not.
words-relations-theirs = Theirs also builds it on { $items }; yours does not.
words-status-shared = In both, peer status comes from { $items }.
words-status-yours = In yours it also comes from { $items }; theirs does not.
words-status-theirs = In theirs it also comes from { $items }; yours does not.
words-spaces-shared = Both work in { $items }.
words-spaces-yours = Only you work in { $items }.
words-spaces-theirs = Only they work in { $items }.
words-affiliation-independent = independent
words-affiliation-in = in a { $name }
words-affiliation-peer-run = peer-run
words-affiliations-shared = Both are { $items }.
words-affiliations-differ = Yours is { $yours }; theirs is { $theirs }.
words-affiliations-yours = Yours is also { $items }; theirs is not.
words-affiliations-theirs = Theirs is also { $items }; yours is not.

## The map picture's centre and the status of the last action

map-answered = { $answered } of 6 answered
status-opened = Opened { $file }

## A model's detail in the corpus browser

detail-titles = Titles
detail-population = Population
detail-issue = Issue
detail-groups = Groups
detail-countries = Countries
detail-place = Place
detail-period = Period
detail-source = Source
detail-coded-from = Text the coding was read from
detail-also = Also described in:
detail-learned = What it learned
detail-no-lessons = The record notes no lessons.

## The design's name by default, an unanswered question on the map, the notes

design-untitled = Untitled programme
map-open = (open)
note-label = How we do this here: { $question }
    .hint = How we do this here…
coding-summary = { $known } of 6 questions coded ({ $stated } stated, { $inferred } inferred)
lesson-inferred = (inferred)
confidence-stated = stated in the source
confidence-inferred = inferred
confidence-unknown = unknown
