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

## The command line's human output (its JSON keys stay English)
cli-error = error: { $detail }
cli-note-bundled = note: { $detail }; using the bundled corpus
cli-output-failed = error: could not write the output: { $detail }
cli-no-window = peermap could not open its window: { $detail }
    It needs a graphical desktop (X11 or Wayland) with OpenGL.
cli-similar-heading = Models most similar to { $name } (of { $total } in the corpus; { $kinds }; ranked on { $answered } answered questions)
kinds-all = programmes, role families, movements and frameworks
kinds-default = programmes and role families (movements and frameworks left out)
cli-wrote = wrote { $path }
cli-wrote-atlas = wrote { $path } ({ $models } models, { $families } families, coloured by { $by })
cli-write-failed = error: could not write { $path }: { $detail }
cli-brief-format = error: { $path }: unknown brief format; use .md, .html, .pdf, .png or .json
cli-brief-over-design = error: { $path } is the design being read; choose another output file (nothing was written)
cli-brief-foreign = error: { $path } exists and is not a peermap brief of this format; nothing was written. Choose another output file, or add --force to replace it
cli-corpus-path = Corpus: { $path }
cli-recover-missing = error: there is no corpus database at { $path }; nothing to recover
cli-recover-intact = The corpus database { $path } is intact; nothing to recover.
cli-nothing-changed = error: { $detail }; nothing was changed
cli-exported = Exported { $count } models to { $path }
cli-import-rejected = { $problems } problem(s) in { $rows } row(s) of { $path }; nothing was imported. Fix the file, or add --valid-only to import the { $valid } valid row(s).
cli-import-none-valid = No valid rows in { $path }; nothing was imported.
cli-imported = Imported { $count } models into { $path }
cli-imported-skipping = Imported { $count } models into { $path } (skipped { $skipped } row(s))
cli-problem = { $label }: { $path }: { $problem }
cli-label-error = error
cli-label-skipped = skipped
stats-models = Models: { $total } ({ $bundled } bundled, { $user } your own)
stats-by-kind = By kind:
stats-per-issue = Per issue:
stats-no-issue = (none)
stats-answered = Answered per question (all models; programmes):
stats-answered-line = { $all } of { $total } ({ $share });  { $programmes } of { $all_programmes } programmes ({ $programme_share })
stats-five = Programmes answering at least 5 of 6: { $count } of { $programmes } ({ $share })
stats-per-region = Programmes per region:
stats-per-country = Per country ({ $count }): { $list }
stats-gaps = Records without a source address: { $source }; without lessons: { $lessons }; without a DOI: { $doi }
stats-percent = { $value }%

## How a model compares, question by question (the similar models' lines)
explain-primary = { $name } (primary)
explain-peer-run = peer-run
explain-left-out = { $title }: you have not answered, so it is left out
explain-unknown = { $title }: not known for this model, so it counts { $expected }, what a coded model agrees with your answer on average
explain-formality = { $title } { $agreement }: yours { $yours } ({ $yours_anchor }), theirs { $theirs } ({ $theirs_anchor })
explain-both = both { $list }
explain-you-add = you add { $list }
explain-they-add = they add { $list }
explain-line = { $title } { $agreement }: { $clauses }
explain-issue-same = issue { $agreement }: both { $issue }
explain-issue-differs = issue { $agreement }: yours { $yours }, theirs { $theirs }
explain-issue-unfiled = issue: not filed under an issue, so it counts { $expected }, the share of filed models that share yours

## The one-screen summary of `peermap check`, and answers in words
summary-region = Region
summary-answered = Answered { $answered } of 6 questions; { $notes } with a note on how it is done here.
answer-not-answered = not answered
answer-near = { $value }, near "{ $anchor }"
answer-peer-run = { $names } (peer-run)

## The corpus browser and its prompts, the comparison, the graph, the atlas, the app's prompts and hover help
compare-choose = Choose a model above, or press Compare on a similar model, in the graph or in a corpus model's detail.
compare-similarity = Similarity { $meaning }.
compare-yours = Yours
    .named = Yours: { $name }
compare-theirs = Theirs
    .named = Theirs: { $name }
compare-back = ← Back to the design
compare-heading = Compare your design with
compare-pick = choose a model
    .tooltip = Compared now: { $current }. The list holds the models nearest your design; pick any other from the corpus with its Compare button.
compare-agreement = agreement { $agreement }
compare-why = Why theirs is coded so: { $rationale }
model-name = Name
model-kind = Kind
editor-new = New model
editor-edit = Edit model
editor-id = Id
editor-titles = Titles (separate with ;)
editor-countries = Countries (names or codes, separated by commas)
editor-ran-from = Ran from
editor-ran-to = to
editor-year = Year
    .hint = year
editor-summary = Summary
editor-coding = How each answer was coded
editor-lessons = What it learned (one per line: "stated: …" or "inferred: …")
editor-authors = Authors
editor-title = Title
editor-container = Journal or publisher
editor-source-url = Address of the text it was coded from
editor-cited-in = Described in
import-progress = Importing models
    .checking = Checking every row…
    .cancelling = Cancelling…
import-written = { $written ->
        [one] { $written } model written
       *[other] { $written } models written
    }
import-done = { $count ->
        [one] Imported { $count } model
       *[other] Imported { $count } models
    }
import-skipped = { $rows ->
        [one] { $rows } row was left out:
       *[other] { $rows } rows were left out:
    }
import-rejected = Nothing was imported
    .problems = { $file } has { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    }; the corpus is unchanged. Fix the file and import it again, or import only the { $valid ->
        [one] { $valid } valid row
       *[other] { $valid } valid rows
    }.
import-valid-only = { $valid ->
        [one] Import the { $valid } valid row only
       *[other] Import the { $valid } valid rows only
    }
import-cancelled = Import cancelled
    .note = The corpus is as it was before the import.
import-failed = Import failed
    .note = The corpus is unchanged.
delete-model = Delete model?
    .warning = "{ $id }" will be removed from your corpus. This cannot be undone.
    .tooltip = Remove the model from your corpus
delete-keep = Keep
    .tooltip = Keep the model
filters-search = Search models
    .hint = Search names, titles, populations…
filters-searching = { $total ->
        [one] Searching { $total } model…
       *[other] Searching { $total } models…
    }
filters-count = { $total ->
        [one] { $shown } of { $total } model
       *[other] { $shown } of { $total } models
    }
filters-clear = Clear search and filters
filters-any-kind = Any kind
filters-any-issue = Any issue
filters-any-country = Any country
filters-country = Country
filters-origin-all = All models
filters-origin-bundled = Bundled
filters-origin-mine = Mine
filters-answers = Show models that have all of:
filters-peer-run = Peer-run only
filters-formality = Filter by formality
    .from = from
    .to = to
detail-none = Select a model in the table to see how it is positioned.
detail-bundled = Bundled with peermap · read-only
detail-yours = Your model · editable
detail-compare = Compare with your design
detail-edit = Edit…
    .tooltip = Edit this model
detail-delete = Delete…
    .tooltip = Remove this model
detail-open = Open as design
graph-threshold = Join two models when their similarity reaches this
graph-automatic = Chosen from the data
    .tooltip = The threshold that splits these models into the most groups
graph-count = { $models ->
        [one] { $models } model
       *[other] { $models } models
    }, { $links ->
        [one] { $links } link
       *[other] { $links } links
    }
graph-fit = Fit
    .tooltip = Show the whole graph
graph-navigate = Drag or scroll to pan · Ctrl+scroll to zoom
graph-issues = Issues
graph-no-groups = No two models are that alike: lower the threshold to see groups.
graph-similarity = similarity { $score }
graph-click = Click to compare with your design
figure-your-design = Your design
error-heading = Something went wrong
error-ok = OK
unsaved-heading = Unsaved changes
unsaved-before-quit = Save the changes to "{ $name }" before closing?
unsaved-before-new = Save the changes to "{ $name }" before starting a new design?
unsaved-before-open = Save the changes to "{ $name }" before opening another design?
unsaved-save = Save the changes, then go on
unsaved-discard = Don't save
    .tooltip = Discard the changes
unsaved-cancel = Go back to the design
recovery-heading = Recover unsaved changes?
    .kept = peermap did not close normally last time. Unsaved changes to "{ $name }" were kept.
    .saved = Saved file: { $path } (it was not changed)
recovery-recover = Recover
    .tooltip = Open the unsaved changes
recovery-discard = Discard
    .tooltip = Delete the unsaved changes
path-field = File path
path-replace-one = { $file } already exists. Replace it?
path-replace-many = These files already exist: { $files }. Replace them?
path-replace = Replace
atlas-help = Hover a dot for the model · click: its detail · right-click: compare · drag a box: show those in the corpus
atlas-laying-out = Laying out the corpus…
atlas-colour = Colour: { $by }
    .tooltip = What the dots' colours show; by affiliation shows the community–clinical continuum
atlas-families = Families
    .none = No dense group: the corpus is too small or too even.
    .tooltip = Models the picture groups together; named by the titles its programmes use most. Click to list them.
    .explained = Dots are models placed by how alike their answers are (the similar-models formula on the six questions); near means alike. Circles with "?" mark empty ground near your design.
atlas-card-help = Click: detail · right-click: compare
atlas-other = Other
atlas-not-stated = Not stated
answer-primary-tooltip = Mark { $function } as one of the programme's main objectives
peer-run-organisation = Peer-run organisation
    .tooltip = The organisation is run by peers (ticking this also ticks it).
formality-near = Near: { $anchor }
formality-clear = Clear
    .tooltip = Mark formality as not answered
formality-unanswered = Not answered yet: click the scale or an anchor's name.
formality-current = Current answer: { $value } ({ $anchor })
question-facet-source = Facet: { $facet }. From Panaite et al. 2024, Health Expectations 27:e14034.
map-sources = Sources (Panaite et al. 2024 reference list):
similar-ranked-on = { $answered ->
        [one] Ranked on { $answered } answered question.
       *[other] Ranked on { $answered } answered questions.
    } The questions you have not answered yet are left out of the score until you do.
similar-weight = Weight: { $question }
similar-weight-issue = Weight: Same issue
    .tooltip = How much sharing your issue or health domain counts, beside the six questions. At 0 only the map's six questions decide.
similar-reset-weights = Reset weights
similar-unexplored = No documented model is within { $distance } of this design. Nearest on each facet alone:
similar-coded-tooltip = { $summary }. An unknown answer counts at the agreement a coded model gives on average.
evidence-count = { $applying } apply to your answers · { $addressed } addressed
evidence-answer-first = Answer the questions to see what the literature says to plan for.
table-region = Country or region
table-searching = { $total ->
        [one] Searching the { $total } model…
       *[other] Searching the { $total } models…
    }
table-no-match = No model matches this search and these filters.
table-sort = Sort by { $column }. Drag the line between two headings to widen a column.
table-hidden = { $hidden ->
        [one] { $hidden } more column appears when the table is wider (close or narrow the detail).
       *[other] { $hidden } more columns appear when the table is wider (close or narrow the detail).
    }
map-picture = Map picture of { $name }
    .formality = Click or drag to set the formality.
    .cycle = Click to cycle: not pursued → pursued → primary.
    .toggle = Click to include or leave out.
preview-corpus = corpus: { $version }

## The window's status line and error dialogs
app-atlas-exported = Atlas exported: { $file }
app-atlas-failed = Could not write the atlas to { $path }.
app-brief-busy = A brief is already being exported.
app-brief-exporting = Exporting the brief to { $file }…
app-brief-exported = Brief exported: { $files }
app-brief-failed = Could not export the brief to { $path }.
app-compare-choose = Choose a model to compare first
app-no-model = No model "{ $id }" in the corpus
app-comparison-exported = Comparison exported: { $file }
app-comparison-failed = Could not export the comparison to { $path }.
app-duplicated = Duplicated as "{ $id }", which you can edit
app-model-saved = Saved model "{ $id }" in the corpus
app-model-deleted = Deleted model "{ $id }"
app-design-from-model = New design from "{ $name }": save it to keep it
app-import-busy = An import is already running.
app-importing = Importing { $path }…
app-search-failed = Could not search the corpus: { $detail }
app-new-design = New design
app-atlas-selected = { $count } models selected on the atlas: the corpus shows only them
app-recovered = Recovered unsaved changes: save them to keep them
app-open-failed = Could not open the design.
app-open-moved = It was moved or deleted, so it is no longer listed under Open Recent.
app-example-opened = Example "{ $title }": use Save As to keep your own copy
app-saved = Saved { $file }
app-save-failed = The design was not saved.
app-recent-failed = Could not remember recent files in { $path }: { $detail }
app-corpus-unreadable = Could not read the corpus for similar models: { $detail }
app-no-file = There is no file at { $path }.
app-no-folder = The folder { $path } does not exist.

## Countries
country-unknown = `{ $item }` is not a country; write a country name or its two-letter ISO code (KE, GB, US)

## Typed-path prompts, the atlas's colours, undo and redo, the exported comparison, the guide's page on the six questions
path-open = Open a design by path
    .type = Type the full path of the .peermap.json file:
    .action = Open
path-save-as = Save the design to a path
    .type = Type the full path of the .peermap.json file:
    .action = Save
path-export-brief = Export the brief to a path
    .type = Type the full path of the brief. Its ending picks the format: .html, .pdf, .md (figures are written beside it as PNG), .png (the figures) or .json.
    .action = Export
path-import-corpus = Import models from a file
    .type = Type the full path of a corpus file (.csv or .json):
    .action = Import
path-export-corpus = Export the corpus to a file
    .type = Type the full path to write every model to. Its ending picks the format: .csv or .json.
    .action = Export
path-export-comparison = Export the comparison to a path
    .type = Type the full path of the comparison. Its ending picks the format: .html, .pdf, .md or .json.
    .action = Export
path-export-atlas = Export the atlas to a path
    .type = Type the full path of the PNG image:
    .action = Export
path-is-folder = { $path } is a folder: add a file name.
path-brief-format = "{ $file }" does not say which format to write: end the name with .html, .pdf, .md, .png or .json.
path-comparison-format = "{ $file }" does not say which format to write: end the name with .html, .pdf, .md or .json.
path-not-corpus = "{ $file }" is not a corpus file: the name must end with .csv or .json.
question-numbered = Q{ $number } { $title }
atlas-by-issue = Issue
atlas-by-region = World region
atlas-by-kind = Kind of record
atlas-by-primary-function = Q1 Primary function
atlas-several-regions = Several regions
atlas-several-functions = Several functions
atlas-several-bases = Several bases
atlas-several-sources = Several sources
atlas-partnership = Partnership of several
atlas-several-spaces = Several spaces
atlas-colour-unknown = `{ $text }` is not a field to colour by; use one of { $names }
atlas-family-count = { $count ->
        [one] { $count } model
       *[other] { $count } models
    }
edit-name = programme name
edit-population = population served
edit-issue = issue or health domain
edit-issue-detail = issue in your words
edit-countries = countries
edit-region = country or region
edit-description = description
edit-titles = titles
edit-formality = formality
edit-peer-run = peer-run
edit-note = { $question } note
edit-weight = { $question } weight
edit-issue-weight = issue weight
edit-weights = weights
edit-addressed = addressed
edit-addressed-note = addressed note
edit-undo-named = Undo { $what }
edit-redo-named = Redo { $what }
edit-undid = Undid { $what }
edit-redid = Redid { $what }
comparison-title = { $design } compared with { $model }
comparison-kind = Comparison
comparison-similarity = Similarity { $score } ({ $meaning }).
comparison-meaning = { $score }: the two agree on about { $percent }% of what counts, with your weights
comparison-by-question = Question by question
comparison-why = Why theirs is coded so
comparison-coded-from = Coded from { $address }
comparison-issue = Issue
comparison-theirs-unknown = unknown: the source does not say
comparison-unknown = unknown (counts { $expected })
comparison-left-out = left out
guide-questions = The six questions
    .intro = The map (Panaite et al. 2024) describes any peer-support programme by six questions in three facets: the peers' roles, their pathways to becoming peers, and the settings they work in. Each question below lists its answers as the map defines them.
guide-question = Q{ $number } { $title } ({ $facet }): { $prompt }

## Several perspectives on one design
cli-merge-over-input = error: { $path } is one of the designs being merged; choose another output file (nothing was written)
cli-merge-exists = error: { $path } exists; nothing was written. Choose another output file, or add --force to replace it
cli-merge-conflict = conflict: the perspective "{ $name }" in { $path } differs from the one with that name already there
cli-merge-stopped = { $count } conflict(s); nothing was written. Add --on-conflict keep-both, replace or skip to say what to do.
cli-merged = wrote { $path }: { $added } perspective(s) added or replaced, { $total } in all

## The perspectives panel
command-side-perspectives = Perspectives
    .tooltip = Each stakeholder's own answers, where they diverge, and the position the group agrees
perspectives-intro = Each person or group answers the six questions on its own; the design's answers are the shared position the group agrees.
perspectives-shared = Shared position
    .tooltip = The questions show and edit the position the group agreed
perspectives-show = Show and edit { $name }'s answers
perspectives-name = Name of this perspective
perspectives-remove = Remove this perspective (undo brings it back)
perspectives-new = New perspective
    .hint = Peer workers, Programme manager, As written in the job description…
perspectives-add = Add perspective
perspectives-answering = Answering as: { $name }
perspectives-to-discuss = To discuss
perspectives-agree-all = The perspectives agree on every question that more than one of them answered.
perspectives-need-two = Add at least two perspectives to see where they diverge.
perspectives-divergence = Q{ $number } { $title }: divergence { $divergence }
    .tooltip = 1 − the mean agreement of every pair of perspectives that answered it (0: all agree; 1: no two agree)
perspectives-their-answer = { $name }: { $answer }
perspectives-take-majority = Take the majority
    .tooltip = Set the shared answer to what more than half of the perspectives that answered chose
perspectives-take-median = Take the median
    .tooltip = Set the shared formality to the middle of the perspectives' values
perspectives-take-from = Take from
perspectives-decision = How the group decided
    .hint = Who was there, what was weighed, what was agreed
edit-perspective-add = new perspective
edit-perspective-rename = perspective name
edit-perspective-remove = removed perspective
edit-agree = shared { $question }
edit-decision = decision on { $question }
app-nothing-to-undo = Nothing to undo
app-nothing-to-redo = Nothing to redo
