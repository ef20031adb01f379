"""Write tests/data/act_words.toml: for every act of lrt_search/lexicon/data/acts.toml and every
one-word pattern of its ``stated`` forms, EVERY word of the bundled corpus' vocabulary (the words
of the chunk texts as written, lower case) the pattern matches whole, labelled whether it is a
form of the act (session 26 task F4), and the act's forms the patterns missed.

    python eval/make_act_words.py

Labels are decided by meaning: a verb form of the act or the act's own noun is the act
("vertrek", "vertrekt" for leave; "verhoging" for raise; "sluiting" for close); a compound whose
head is another noun is not ("vertrekmoratorium": a moratorium; "eindsessie": a session;
"startlocaties", "opstartwoningen", "beslispunten", "terugvaloptie"), nor a word of another sense
that shares the letters ("risico" under rise, "verlangd" under lower, "terughoudend", "openbaar",
"open" the adjective, "weg" the road or "away", "trekt" of moving, "afgelopen" in "het afgelopen
jaar"). Words the existing data holds on purpose as ways the minutes state an act ("meer",
"extra" for raise, "nieuwe" for start, "namens" for replace, "aanwezig" for join, "afwezig" for
leave, "trage" for cancel) stay the act. A word of several senses is written in a phrase
(``text``) that fixes its sense. Multi-word patterns (those with ``\\s``) are left out: their
words are read in context.

Each row: ``act``; ``word`` (of the vocabulary); ``text`` (the word, or a phrase holding it);
``act_form``: whether the act's ``stated`` pattern must find it; ``pattern``: the stated pattern
that matched it when the table was written ("" for a form no pattern matched then); ``kept``:
why a word that is not the act is still matched on purpose (a fix dropped), else "".
tests/integration/test_act_words.py reads every row and checks that every word a one-word
pattern matches has a row.

Session 26 task F5 adds general Dutch (``source = "general"``): the words of the wordfreq ``nl``
list (top 50,000, most frequent first) and then the stems of /usr/share/hunspell/nl.dic (most
frequent, then shortest first) that are not words of the minutes, at most :data:`SAMPLE` per
one-word pattern of ``stated`` AND ``asked`` (``side``), matched by main's patterns as the audit
found them (:data:`AUDITED`, so a word a fix excludes keeps its row) or by the current ones.
They are labelled by rule: a compound whose head is another noun is not the act
("ontslagvergoeding", "verbodsbord", "sluitingstijd", "afbouwschema"), nor a word of another
sense or stem that shares the letters ("aanslag" under join, "vetopname" under veto, "verhouding"
under raise, "halte" under stop, "beginsel" under start); a form of the act's verb, its own noun
("aftreding", "schrapping"), the one who does it ("vervanger", "toetreder") and a word of two
senses one of which is the act ("stemming", "sloot", "fire", "lift", "dichten") are the act.
:data:`NOT_ACT_WORDS` lists the words that are not (every act that matches them), NOT_FOR an act
of which a word is not the act although it is another's. Multi-word patterns get
(``source = "sentence"``) short sentences of both senses (:data:`SENTENCES`) that must or must
not match.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

from toml_rows import unique_rows, write_rows  # the script's folder is on the path

from lrt_search.config import Settings
from lrt_search.evaluation import engine_for
from lrt_search.index.facts import spelling_counts
from lrt_search.lexicon.datafiles import bundled_toml

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "act_words.toml"

#: (act, word) of the vocabulary a pattern matches that is not the act, with the phrase that
#: fixes its sense where the word has another one.
NOT_ACT = {
    ("walk_out", "weg"): "dit is een weg uit de azc's",
    ("walk_out", "wegvalt"): "", ("walk_out", "vertrekmoratorium"): "",
    ("resign", "vertrekmoratorium"): "", ("leave", "vertrekmoratorium"): "",
    ("abolish", "trekt"): "die naar nederland komt, trekt naar de randstad",
    ("raise", "risico"): "", ("lower", "verlangd"): "", ("lower", "terughoudend"): "",
    ("lower", "terugvaloptie"): "", ("end", "eindsessie"): "", ("stop", "eindsessie"): "",
    ("end", "afgelopen"): "in het afgelopen jaar", ("start", "startlocaties"): "",
    ("start", "opstartwoningen"): "", ("start", "open"): "hij staat open voor verbeteringen",
    ("start", "openbaar"): "", ("agree", "beslispunten"): "",
}  # fmt: skip
#: Rows of NOT_ACT the patterns still match on purpose: the fix was dropped because it lost an
#: answer of the validation fold (blind13_design b13-024: "scrapping the legislation" was held
#: only through "trekt" of the statement before the gold "... wetgevingen weg te gooien").
KEPT = {("abolish", "trekt"): "fix 'trek(?:t|ken)\\s+...in' loses b13-024 (validation)"}
#: Forms of each act the patterns must find that main's missed (words of the vocabulary, or
#: the act's other sense of a word of two senses).
MISSED = [
    ("walk_out", "liep de vng weg"), ("end", "de regeling is afgelopen"),
    ("leave", "vertrek"), ("leave", "vertrekt"), ("leave", "vertrokken"),
    ("agree", "gesteund"), ("abolish", "trekt de minister de wet in"),
]  # fmt: skip


#: Main's acts.toml when the general words were audited (session 26 task F5): its patterns pick
#: the words of general Dutch the table holds, so a word the fix excludes keeps its row.
AUDITED = "a6dd47e8"
#: How many words of general Dutch a pattern gets rows for at most.
SAMPLE = 20
#: Words of general Dutch a pattern matches that are not the act (for every act matching them).
NOT_ACT_TEXT = """
voto vot votief votootje votiefmis votiefkerk votiefsteen stemmingswisselingen
stemmingsstoornis stemmingsvol stemmingspoëzie stemmingswisseling walker walkman walkers walken
walkietalkie walkure walkant walkend walkapitein leavenworth resignatie resigneren resigneerde
ontslagrecht ontslagvergoeding ontslaguitkering ontslagpremie ontslagregeling ontslagbrieven
ontslagvergunning ontslagplan ontslagbesluit ontslagkwestie ontslagbepaling ontslagaanvragen
ontslagaanzegging ontslapen ontslakken ontslaap ontslaken ontslaakte closer closet closetpot
closetrol closetbril closetrolhouder closeharmonykoor shuttle shutter shuttlebus shutterboom
sluitingstijd sluiter sluitend sluitstuk sluitende sluitsteen sluitspier sluitingsuur
sluitingsdag sluitdop sluitgat sluitjas sluitbaar sluitklep sluitveer sluitappel sluitender
sluitlaken sluitdoppen sluitingsplan dichtbij dichter dichterbij dichtstbijzijnde dichte
dichters dichtst dichtheid dichtbevolkte dichtste dichtbevolkt dichtbundel dichteres
dichtsbijzijnde dichtstbevolkte dichterschap dichtgeknepen stopcontact stoptrein stoplicht
stopcontacten stoplichten stoppels stopwatch stopteken stopera stopper afbouwproces afbouwschema
afbouwprogramma boycotwet boycotactie vetorecht vetopslag vetoplosbaar vetophoping vetoog
vetopname verbodsbord verbodsbepaling verbodsrecht verbodswetgeving verbodemen prohibitief
prohibitionist prohibitiestelsel scrapie scrapbook afschaffer schaften schaftenaar
schaffers schaftuur schaftweg schafthuis schaftkeet schaftlaan schafspraak schaftwagen schrapen
schraper schrapnel schrapper schrapsel schraperig schrapzetten intrekbaar trekken deelnemender
vervallenverklaring vervangbaar vervangbaarheid vervangstuk vervangwagen vervangingsratio
vervangingsoperatie vervangingsinvestering verhouding verhoudingen verhoor verholpen verhoren
verhoeven verhoord verhofstadt verhoudt verhongeren verhoef verhouden verhoudingsgewijs verhoeff
hogerhuis hogerop hogerhand hogergeplaatsten hogerwal hogeropgeleide hogergenoemd hogerhuislid
hogervermeld hogergeplaatst hogerhuisleden hogergeschoolde hogerbeetsstraat hogerberoepszaak
hogereburgerschool groeier groeiproces groeiambitie groeibriljant groeivertraging groeipunt
groeistoornis groeimodel groeipotentie groeistadium groeilamp groeibevorderende groeisel oploop
oploopje lagerhuis lagers lagering lagergelegen lageren lagerwal lagerhuislid lagerhuisleden
lagerbus lagervet lagergeld lagerveld lagerbetaalden lagereschoolleerling daalder daalderop
daalen daalseweg daals daalborg daalbrug daalmans daalstar daalhuisen daalhuizen krimpenerwaard
krimper krimpring krimptang krimpenaar krimpoperatie krimpspanning reductor reductionisme
reductionistisch reduceerventiel reduceerbaar reductio reductieplan reductionist reductiegetal
reductieproces reductieprogramma reductiedoelstelling cute cutler cutter cutaan cutteren
cutterzuiger fallon fallout fallus fallisch fallopii fallocratie dropbox dropen dropveter
droplul droppel dropdown dropgoal droppers droppert dropvers droplolly droppelen droppeling
dropvoetje verlengstuk verlengbaar verlengsel verlengingsteken voortzetter continu continuïteit
continuüm continuum continuo continurooster continumarkt continuarbeid continudienst
continuïteitsstreven continuïteitsoverweging liften lifter liftster liftkoker liftboy liftjongen
liftinstallatie liftput liftring liftenfabriek terminator halte haltes halter halteren halteweg
halternaar halterkanaal ophouding ophoudingen ophouder quito quitte quiteen quitoos quitoër
discontinuïteit discontinu beginselen beginsel beginners beginner beginjaren beginpunt beginfase
beginne beging begintijd beginneling beginnerscursus beginletter beginselprogramma beginstadium
beginpositie beginnende beginnend begonia begonialaan launcher opzettelijk opzettelijke opzetter
invoer invoerrechten invoeringswet invoerder invoervergunning invoerbelasting invoervak
invoerheffing invoerregeling invoerbeperking invoerconventie invoerapplicatie nieuws nieuwsbrief
nieuwsgierig nieuwbouw nieuwjaar nieuwsgierigheid nieuwegein nieuwsblad nieuwsbericht
nieuwkomers nieuwpoort nieuwkomer nieuwsgierige nieuwsberichten nieuwkoop nieuwstraat
nieuwelingen joint jointventurepartner aanslag aanslagen aanslaan aanslaat aanslagplegers
aansluitingstreffer aanslagbiljet aanslagpleger aanslibbing aanslingeren aansluitstuk aansloft
aansleurt aansluipt aanslibsel aanslaander aansluitend aansluitende toetrekken toetrek
toetredingseis toetredingsonderhandeling deelnemersveld deelnemerslijst deelnemersaantal
deelnaam deelnota deelnaampje deelnaampjes approvianderen approviandeerde goedkeuringsproces
goedkeuringsbesluit goedkeuringswet goedkeurder goedkeuringseis goedkeuringsnummer
goedkeuringsstempel goedkeuringsinstantie afspraakje afspraakjes afspring afspreekpunt
afsprakennota afspreekplaats supporters supporter supportersvereniging supporteren
supportersbus supportmedewerker supportact supportring supportersvak supportersboulevard
supportersbegeleider cancellara uitsteller uitstelling uitstelbaar annuleringsverzekering
annulair vertragingstactiek vertragingsactie
"""
NOT_ACT_WORDS = set(NOT_ACT_TEXT.split())
#: (act, word): a word of general Dutch that is another act's but not this one's.
NOT_FOR = {
    ("dismiss", "ontslagnemend"), ("dismiss", "ontslagname"), ("dismiss", "ontslagneming"),
    ("dismiss", "ontslagnemer"), ("resign", "ontslagene"),
}  # fmt: skip
#: (act, side, sentence, whether the act): sentences of both senses for the multi-word patterns.
SENTENCES = [
    ("vote", "asked", "Wie stemde tegen het voorstel?", True),
    ("vote", "asked", "Wie heeft tegen de motie gestemd?", True),
    ("vote", "asked", "De VNG stemde in met het voorstel.", False),
    ("leak", "stated", "het naar buiten komen van cijfers", True),
    ("leak", "stated", "de cijfers zijn naar buiten gebracht", True),
    ("leak", "stated", "de bewoners mogen niet naar buiten gaan", False),
    ("walk_out", "asked", "Why did the VNG walk out?", True),
    ("walk_out", "asked", "De VNG liep boos weg.", True),
    ("walk_out", "asked", "Wij lopen over de weg naar Ter Apel.", False),
    ("walk_out", "asked", "De VNG stapte uit het overleg.", True),
    ("walk_out", "asked", "De voorzitter stapte op.", True),
    ("walk_out", "asked", "Hij stapte op de trein naar Assen.", False),
    ("walk_out", "stated", "De VNG liep boos weg.", True),
    ("walk_out", "stated", "Wij lopen over de weg naar Ter Apel.", False),
    ("resign", "asked", "Waarom trad de minister af?", True),
    ("resign", "asked", "Heeft de voorzitter ontslag genomen?", True),
    ("resign", "stated", "The chair stepped down in May.", True),
    ("close", "asked", "Wanneer werd de locatie in Budel gesloten?", True),
    ("close", "asked", "Wanneer werd de overeenkomst met het COA gesloten?", False),
    ("close", "asked", "De locatie gaat in mei dicht.", True),
    ("close", "asked", "Het gaat om een dicht netwerk van locaties.", False),
    ("close", "asked", "Het gaat dicht bij de grens om veel plaatsen.", False),
    ("ban", "stated", "Het is asielzoekers niet toegestaan te werken.", True),
    ("abolish", "asked", "Waarom schaft de regering de wet af?", True),
    ("raise", "stated", "Het aantal aanvragen neemt sterk toe.", True),
    ("lower", "stated", "Het aantal aanvragen neemt af.", True),
    ("lower", "asked", "Why did the COA lower the target?", True),
    ("lower", "asked", "Why did the lower house reject the bill?", False),
    ("end", "stated", "De regeling loopt eind 2024 af.", True),
    ("end", "stated", "Het loopt niet goed af met de opvang.", False),
    ("end", "stated", "De regeling wordt niet meer verlengd.", True),
    ("end", "asked", "Waarom trok de minister de maatregel in?", True),
    ("end", "asked", "De familie trok in bij een gastgezin.", False),
    ("stop", "stated", "Die opvang bieden we niet meer.", True),
    ("stop", "stated", "Er zijn niet meer dan 200 plaatsen.", False),
    ("start", "stated", "De locatie gaat in mei open.", True),
    ("start", "stated", "We gaan daar open mee om.", False),
    ("join", "stated", "De gemeente sluit vanaf mei aan bij de LRT.", True),
    ("join", "stated", "Sinds mei neemt de IND deel aan het overleg.", True),
    ("leave", "stated", "De VNG trekt zich terug uit de LRT.", True),
    ("leave", "stated", "De VNG trok zich terug uit de LRT.", True),
    ("leave", "stated", "De trekkers gaan terug naar huis.", False),
    ("agree", "stated", "De VNG stemt in met het voorstel.", True),
    ("agree", "stated", "De LRT stemde daarmee in.", True),
    ("agree", "stated", "De Kamer stemt in juni over de wet.", False),
    ("agree", "stated", "De stemming in het land is grimmig.", False),
    ("agree", "stated", "De minister keurt het plan goed.", True),
    ("agree", "stated", "De keuring ging goed.", False),
    ("cancel", "stated", "De minister stelt het besluit uit.", True),
    ("cancel", "stated", "De stelling uit het rapport werd besproken.", False),
    ("cancel", "stated", "De bijeenkomst gaat niet door.", True),
    ("cancel", "stated", "De kosten worden niet door de gemeente betaald.", False),
]


def one_word(pattern: str) -> bool:
    """Whether ``pattern`` matches a single word (no whitespace in it)."""
    return r"\s" not in pattern


def general_words(minutes: set[str]) -> list[str]:
    """General Dutch not in ``minutes``: wordfreq's nl top 50,000 (most frequent first), then
    the stems of the hunspell nl dictionary (most frequent, then shortest first)."""
    import wordfreq

    plain = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")
    top = [w for w in wordfreq.top_n_list("nl", 50000) if plain.fullmatch(w)]
    dic = Path("/usr/share/hunspell/nl.dic")
    lines = dic.read_text(encoding="utf-8").splitlines()[1:] if dic.exists() else []
    stems = {line.split("/")[0].strip().lower() for line in lines} - set(top)
    extra = sorted(
        (w for w in stems if plain.fullmatch(w)),
        key=lambda w: (-wordfreq.zipf_frequency(w, "nl"), len(w), w),
    )
    return [w for w in top + extra if w not in minutes]


def audited_acts() -> dict[str, dict[str, list[str]]]:
    """acts.toml as of :data:`AUDITED` (main's patterns when the general words were read)."""
    text = subprocess.run(
        ["git", "show", f"{AUDITED}:lrt_search/lexicon/data/acts.toml"],
        capture_output=True, text=True, check=True, cwd=OUT.parents[2],
    ).stdout  # fmt: skip
    return tomllib.loads(text)


def general_rows(minutes: set[str]) -> list[dict[str, object]]:
    """Up to :data:`SAMPLE` words of general Dutch per one-word pattern of ``stated`` and
    ``asked``, of main's (:data:`AUDITED`) and the current acts.toml, labelled."""
    words = general_words(minutes)
    out: list[dict[str, object]] = []
    for acts in (audited_acts(), bundled_toml("acts.toml")):
        for act, table in acts.items():
            for side in ("stated", "asked"):
                for pattern in filter(one_word, table[side]):
                    hits = [w for w in words if re.fullmatch(pattern, w, re.I)][:SAMPLE]
                    out += [
                        {"act": act, "side": side, "source": "general", "word": w, "text": w,
                         "act_form": w not in NOT_ACT_WORDS and (act, w) not in NOT_FOR,
                         "pattern": pattern, "kept": ""}
                        for w in hits
                    ]  # fmt: skip
    return out


def minutes_rows(vocabulary: list[str]) -> list[dict[str, object]]:
    """Every word of the minutes a one-word stated pattern matches, then the missed (task F4)."""
    out: list[dict[str, object]] = []
    base = {"side": "stated", "source": "minutes"}
    for act, table in bundled_toml("acts.toml").items():
        for pattern in filter(one_word, table["stated"]):
            for word in (w for w in vocabulary if re.fullmatch(pattern, w, re.I)):
                phrase = NOT_ACT.get((act, word))
                text = phrase or word
                row = {"act": act, **base, "word": word, "text": text, "act_form": phrase is None}
                out.append(row | {"pattern": pattern, "kept": KEPT.get((act, word), "")})
    seen = {(row["act"], row["text"]) for row in out}
    out += [
        {"act": a, **base, "word": w, "text": t or w, "act_form": False, "pattern": "",
         "kept": KEPT.get((a, w), "")}
        for (a, w), t in NOT_ACT.items() if (a, t or w) not in seen
    ]  # fmt: skip
    out += [
        {"act": a, **base, "word": t, "text": t, "act_form": True, "pattern": "", "kept": ""}
        for a, t in MISSED
    ]
    return out


def rows() -> list[dict[str, object]]:
    """The rows: the minutes' words, general Dutch, and the sentences of multi-word patterns."""
    engine = engine_for(Settings())
    vocabulary = sorted(spelling_counts(list(engine.chunks)))
    out = minutes_rows(vocabulary) + general_rows(set(vocabulary))
    out += [
        {"act": a, "side": side, "source": "sentence", "word": "", "text": t, "act_form": f,
         "pattern": "", "kept": ""}
        for a, side, t, f in SENTENCES
    ]  # fmt: skip
    return unique_rows(out, ("act", "side", "text"))


def main() -> None:
    head = "# Written by eval/make_act_words.py (session 26 tasks F4, F5); see its docstring.\n\n"
    write_rows(OUT, head, rows())


if __name__ == "__main__":
    main()
