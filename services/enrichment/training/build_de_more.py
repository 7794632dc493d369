#!/usr/bin/env python3
"""Build ``de_more.jsonl``, more German NER training text (spaCy, trained from scratch).

Standard library only and deterministic (fixed seed): running

    python3 build_de_more.py            # writes de_more.jsonl next to this script
    python3 build_de_more.py --check    # builds, verifies, prints counts, writes nothing
    python3 build_de_more.py --check --tokens   # also checks every span against spaCy's
                                                # German tokenizer (needs spaCy installed)

produces exactly the shipped file.  ``tools/train_ner.py de`` reads it together with
``de.jsonl`` (it takes ``training/de_*.jsonl``).  Same line format as ``de.jsonl``:
``{"text": ..., "entities": [[start, end, LABEL], ...]}``, character offsets (end
exclusive), labels PERSON, ORG, PLACE, EVENT, and the same labelling decisions as
``build_de.py`` (its docstring lists them; ``inkstream_enrichment/evaluation/LABELLING.md``
is the rule book).

All items are hand-written, in the inline markup of ``build_de.py``
(``[[Olaf Scholz|PERSON]] besuchte [[Paris|PLACE]]``), one item a line, ``#`` lines are
section comments.  They teach what the first German model got wrong:

1. ``COMMON``: capitalised common nouns that are not names, at the start of a sentence
   and inside it, above all in sports, weather, economy and court news ("Pause",
   "Kabine", "Schienen", "Bankaktien", "Geschwindigkeit", "des Unternehmens",
   "Vorinstanz", "Front", "Mitte der Woche", "Trainer", "Rat", "Firma"), many items
   with no entity at all, and sentences opening with a capitalised adverb or pronoun
   ("Mindestens", "Auch", "Dennoch", "Wir", "Das");
2. ``CASES``: organisation and place names inflected in every case, the span covering
   the form as written ("des [[Deutschen Städtetags|ORG]]", "dem [[Deutschen
   Wetterdienst|ORG]]", "die [[Vereinigten Staaten|PLACE]]", "den [[Grünen|ORG]]",
   "der [[Linken|ORG]]", "[[Baden-Württembergs|PLACE]]", "des
   [[Bundesgerichtshofs|ORG]]");
3. ``FULL``: an abbreviation beside its full name ("[[Europäische Zentralbank|ORG]]
   ([[EZB|ORG]])"), full names of courts, agencies, hospitals and companies of several
   words ("[[Landgericht Hamburg|ORG]]", "[[Landeskrankenhaus Hochsteiermark|ORG]]",
   "[[Nordkap Capital|ORG]]"), and news from Austria and Switzerland.

Decisions repeated here because these items lean on them: generic institution words
stay unlabelled (Regierung, Polizei, Staatsanwaltschaft, Landgericht, Gericht,
Vorinstanz, Senat, Landtag, Stadtrat, Rat, Kabinett, Konzern, Firma); a named one is
ORG ("[[Staatsanwaltschaft Graz|ORG]]", "[[Kantonspolizei Zürich|ORG]]"); an
abbreviation is ORG where the full name is; share indices (Dax, SMI, ATX), currencies
("Franken"), storms and highs ("Tief „Bernd“"), laws and products are not entities;
names inside hyphenated compounds are not labelled ("EZB-Präsidentin", "BGH-Urteil",
"ÖBB-Züge"); a club named by its town is ORG ("[[Leverkusens|ORG]] Abwehr"), a
league or tournament EVENT.  Court and crime items use invented names; real public
figures appear only in neutral statements.
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20250923
LABELS = ("PERSON", "ORG", "PLACE", "EVENT")
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")
# generic words that must never be a span on their own
GENERIC = {
    "Regierung", "Bundesregierung", "Landesregierung", "Polizei", "Staatsanwaltschaft",
    "Landgericht", "Amtsgericht", "Oberlandesgericht", "Gericht", "Vorinstanz", "Senat",
    "Landtag", "Stadtrat", "Gemeinderat", "Rat", "Kabinett", "Feuerwehr", "Zoll",
    "Konzern", "Firma", "Unternehmen", "Unternehmens", "Trainer", "Kabine", "Pause",
    "Front", "Dax", "Kantonspolizei", "Bund", "Land", "Stadt",
}

# ---------------------------------------------------------------------------
# Hand-written items, one a line; "#" lines are section comments.
# ---------------------------------------------------------------------------

COMMON = r"""
# Sport: Fußball, Gattungswörter am Satzanfang
Pause. Die Spieler gingen mit hängenden Köpfen in die Kabine, der Trainer folgte wortlos.
Kabine, Dusche, Bus: Nach dem Abpfiff verschwanden die Gäste ohne ein Wort an die Reporter.
Trainer und Sportdirektor saßen nach der Niederlage noch lange zusammen. Eine Entscheidung über die Zukunft des Teams fiel nicht.
Halbzeit. Beim Stand von 0:2 pfiffen die eigenen Fans die Mannschaft aus.
Abseits! Der Treffer in der 78. Minute zählte nach Ansicht der Videobilder nicht.
Elfmeter, Gelbe Karte, Ausgleich: Innerhalb von zwei Minuten kippte das Spiel.
Rote Karte für den Torwart, Freistoß an der Strafraumgrenze, und der Ball landete im Winkel.
Flanke, Kopfball, Tor. So einfach sah es aus, als der Stürmer das 1:0 erzielte.
Sturm und Abwehr funktionierten in der zweiten Hälfte kaum noch. Der Trainer wechselte dreimal.
Mittelfeld und Angriff stimmten nicht überein, kritisierte der Kapitän nach dem Spiel.
Tabellenführer gegen Schlusslicht: Das klang nach einer klaren Sache, wurde aber ein Krimi.
Aufsteiger, Außenseiter, Sensationsteam: Der kleine Klub aus der Provinz hat die Liga überrascht.
Rückstand nach fünf Minuten, Ausgleich vor der Pause, Siegtor in der Nachspielzeit.
Nachspielzeit. Der Schiedsrichter ließ sieben Minuten nachspielen, die Heimfans pfiffen.
Verlängerung und Elfmeterschießen: Erst nach 120 Minuten und zehn Schützen stand der Sieger fest.
Ecke von links, der Verteidiger stieg am höchsten, und es stand 2:2.
Torwart und Innenverteidiger stimmten sich nicht ab. Der Ball rollte ins leere Tor.
Kapitän ist künftig der Mittelfeldspieler, der seit zehn Jahren im Verein spielt.
Vertrag bis 2028: Der Verein hat sein größtes Talent langfristig gebunden.
Ablöse, Gehalt, Handgeld: Über die Details des Wechsels wurde Stillschweigen vereinbart.
Kreuzbandriss. Die Diagnose bedeutet für den Verteidiger das Saisonende.
Muskelfaserriss im Oberschenkel: Der Stürmer fällt für mindestens drei Wochen aus.
Reha statt Rasen: Der Nationalspieler arbeitet in der Sommerpause an seinem Comeback.
Flutlicht, Nieselregen, zwölf Grad: Es war ein typischer Fußballabend im November.
Rasen und Tribüne wurden in der Winterpause erneuert. Das Stadion fasst nun 3.000 Zuschauer mehr.
Zuschauer waren wegen der Sperre nicht zugelassen. Die Partie fand vor leeren Rängen statt.
Fans beider Vereine zogen friedlich durch die Innenstadt. Die Polizei zog eine positive Bilanz.
Pyrotechnik in der Gästekurve sorgte für eine Unterbrechung von zehn Minuten.
Spitzenreiter bleibt trotz des Unentschiedens der Titelverteidiger. Der Vorsprung schmolz aber auf zwei Punkte.
Schlusslicht ist nach dem 25. Spieltag weiterhin der Aufsteiger. Der Rückstand auf den Relegationsplatz beträgt sechs Punkte.
Relegation oder direkter Abstieg: Für den Traditionsverein geht es am letzten Spieltag um alles.
Saisonziel erreicht. Der Klub hat den Klassenerhalt drei Spieltage vor Schluss gesichert.
Heimsieg Nummer fünf in Folge: Die Mannschaft ist im eigenen Stadion seit Monaten ungeschlagen.
Auswärts läuft es dagegen schlecht. Nur ein Sieg in acht Spielen steht in der Bilanz.
Mindestens drei Stammspieler fehlen am Samstag verletzt. Der Trainer muss improvisieren.
Auch der Kapitän konnte die Niederlage nicht verhindern. Er vergab kurz vor Schluss die beste Chance.
Dennoch bleibt der Verein zuversichtlich. Die Rückrunde biete genug Gelegenheiten, den Rückstand aufzuholen.
Trotzdem wollte der Trainer nach dem 0:4 nicht von einer Krise sprechen.
Immerhin gelang in der Schlussminute noch der Ehrentreffer.
Zudem muss der Verein eine Geldstrafe zahlen, weil Fans Gegenstände auf das Spielfeld geworfen hatten.
Allerdings hat der Stürmer seit sieben Spielen nicht mehr getroffen.
Danach ging nichts mehr: Die Gastgeber verteidigten den knappen Vorsprung bis zum Abpfiff.
Später räumte der Schiedsrichter ein, die Szene falsch bewertet zu haben.
Bislang hat der Verein keinen Nachfolger für den entlassenen Trainer gefunden.
Wir haben heute verdient verloren, sagte der Kapitän nach dem Spiel.
„Wir müssen jetzt zusammenhalten“, sagte der Trainer. Die Mannschaft habe Charakter gezeigt.
Das war unser schlechtestes Spiel der Saison, gab der Torwart zu.
„Das tut weh“, sagte der Mittelfeldspieler. „Aber wir stehen wieder auf.“
Ich habe der Mannschaft in der Pause gesagt, dass wir mutiger spielen müssen, erklärte der Trainer.
Man muss auch mal mit einem Punkt zufrieden sein, sagte der Sportdirektor.
Niemand hatte mit diesem Ergebnis gerechnet, am wenigsten die eigenen Spieler.
Beide Mannschaften begannen vorsichtig. Erst nach einer halben Stunde kam Schwung in die Partie.
Einige Spieler klagten nach dem Spiel über den holprigen Rasen.
Viele Zuschauer verließen das Stadion schon vor dem Schlusspfiff.
Jeder im Verein weiß, dass die nächsten zwei Spiele entscheidend sind.
Sie haben uns in der ersten Hälfte an die Wand gespielt, sagte der Trainer der Gäste.
Ihr Trainer sprach von einer verdienten Niederlage. Die Spielerinnen seien nie ins Spiel gekommen.
Geschwindigkeit ist seine größte Stärke. Der Flügelspieler gilt als einer der schnellsten der Liga.
Gegentore nach Standards sind das große Problem der Mannschaft. Neun Treffer fielen nach Ecken.
Ballbesitz allein gewinnt keine Spiele, sagte der Trainer nach der dritten Niederlage in Folge.
Ausgerechnet der Ersatztorwart wurde zum Matchwinner. Er hielt zwei Elfmeter.
Trainerwechsel im Tabellenkeller: Der Klub hat sich am Sonntagabend von seinem Coach getrennt.
Präsidium und Aufsichtsrat stellten sich hinter den Trainer. Die Fans forderten seine Entlassung.
Mitgliederversammlung im Tumult: Die Abstimmung über den Investoreneinstieg musste unterbrochen werden.
Testspiel gegen einen Drittligisten: Die Profis gewannen im Trainingslager mit 5:1.
Trainingslager statt Urlaub. Die Mannschaft bereitet sich zwei Wochen lang in den Bergen vor.
Transfersperre: Der Weltverband hat den Verein für zwei Wechselperioden gesperrt.
Leihe mit Kaufoption: Der junge Stürmer wechselt für ein Jahr zu einem Zweitligisten.
Torjäger, Vorlagengeber, Führungsspieler: Der Kapitän war der beste Mann auf dem Platz.
Doppelpack in sieben Minuten. Der eingewechselte Angreifer drehte das Spiel fast im Alleingang.
Heimpleite zum Auftakt: Die neue Saison beginnt für den Vizemeister mit einem 1:2.
Derbysieg! Die Fans feierten bis tief in die Nacht auf dem Marktplatz.
Video-Assistent und Schiedsrichter brauchten vier Minuten für die Entscheidung.
Schiedsrichterin war eine Unparteiische aus der Nachbarregion. Sie leitete ihr erstes Spiel in der höchsten Klasse.
Trainer [[Horst Steffen|PERSON]] schickte seine Spieler schon nach 20 Minuten zum Aufwärmen. Die Pause nutzte er für eine deutliche Ansprache in der Kabine.
Pause bei [[Werder Bremen|ORG]]: Nach dem Spiel in [[Mainz|PLACE]] gibt Trainer [[Horst Steffen|PERSON]] den Profis zwei Tage frei.
Kabine und Trainingsplatz des [[SC Freiburg|ORG]] werden im Sommer modernisiert.
Ausgleich in letzter Minute: Der [[VfL Wolfsburg|ORG]] rettete beim [[FC Augsburg|ORG]] einen Punkt.
Mindestens sechs Wochen fällt der Verteidiger des [[1. FC Union Berlin|ORG]] aus. Das teilte der Verein am Montag mit.
Auch [[Eintracht Frankfurt|ORG]] zeigte Interesse an dem Mittelfeldspieler, entschied sich aber für eine günstigere Lösung.
Dennoch reichte es für [[Borussia Mönchengladbach|ORG]] nicht zum Sieg. Die Gäste aus [[Heidenheim|ORG]] glichen spät aus.
Sturm in der Offensive, Chaos in der Defensive: Der [[Hamburger SV|ORG]] verlor ein wildes Spiel mit 3:4.
Rückstand zur Pause, Sieg nach 90 Minuten: [[RB Leipzig|ORG]] drehte die Partie gegen den [[VfB Stuttgart|ORG]].
Abstiegskampf in der [[Bundesliga|EVENT]]: Drei Vereine trennen nur zwei Punkte.
Tabellenplatz vier würde für die [[Champions League|EVENT]] reichen. Dafür braucht die Mannschaft aber Siege.
Wir wollen in der [[Europa League|EVENT]] überwintern, sagte der Sportdirektor des [[SC Freiburg|ORG]].
Pokalabend in [[Bochum|PLACE]]: Der Zweitligist warf den Favoriten in der zweiten Runde des [[DFB-Pokals|EVENT]] aus dem Wettbewerb.
Finale in [[Berlin|PLACE]]: Zum ersten Mal steht der Klub im Endspiel des [[DFB-Pokals|EVENT]].
Elfmeterschießen im [[Weserstadion|PLACE]]: Der Torwart der Gastgeber parierte den entscheidenden Schuss.
Flutlichtausfall im [[Millerntor-Stadion|PLACE]]: Die Partie des [[FC St. Pauli|ORG]] war 25 Minuten unterbrochen.
Fans des [[1. FC Köln|ORG]] hatten vor dem Spiel einen Marsch durch die Innenstadt organisiert.
Kapitän [[Joshua Kimmich|PERSON]] führte die Nationalmannschaft in der Pause zu einem Gespräch zusammen.
Trainer [[Vincent Kompany|PERSON]] lobte nach dem Spiel die Geduld seiner Mannschaft. „Wir sind ruhig geblieben“, sagte der Belgier.
Auch [[Julian Nagelsmann|PERSON]] verfolgte das Spiel von der Tribüne aus. Der Bundestrainer sah zwei Tore.
Ausgerechnet gegen seinen früheren Verein traf [[Deniz Undav|PERSON]] zum Sieg.
Vorlage von der rechten Seite, Abschluss mit links: [[Nick Woltemade|PERSON]] traf zum 1:0.
Front gegen den Trainer: Mehrere Spieler haben sich bei der Vereinsführung über den Umgang in der Kabine beschwert.
Firma und Verein: Der Hauptsponsor verlängert seinen Vertrag um fünf Jahre und zahlt künftig mehr.
Rat vom Vorgänger: Der neue Trainer hat sich vor seinem Amtsantritt mit seinem Vorgänger getroffen.
Geschwindigkeit, Körperlichkeit, Zweikampfstärke: Der Verteidiger bringt alles mit, was die Abwehr braucht.
Mitte der Woche will der Verein über die Zukunft des Trainers entscheiden.
Mitte der Saison steht der Klub besser da als erwartet: Platz sechs nach 17 Spielen.
# Sport: Wintersport, Tennis, Motorsport, Radsport, Hallensport
Piste, Wind und Sicht machten den Fahrerinnen zu schaffen. Nach zwölf Starterinnen wurde das Rennen abgebrochen.
Abfahrt abgesagt. Zu viel Neuschnee in der Nacht machte eine Präparierung der Strecke unmöglich.
Neuschnee und Nebel: Auch der zweite Trainingslauf fiel aus.
Schanze, Anlauf, Absprung: Bei Rückenwind hatte kaum ein Springer eine Chance auf weite Sätze.
Rückenwind und Aufwind wechselten ständig, die Jury verkürzte den Anlauf zweimal.
Loipe statt Piste: Der frühere Abfahrer ist auf Langlauf umgestiegen.
Staffel, Sprint, Verfolgung und Massenstart stehen bei der Heim-WM auf dem Programm.
Schießfehler kosteten die Biathletin im Sprint den Sieg. Am Ende wurde sie Fünfte.
Ziel verfehlt: Die Skispringer blieben im Teamwettbewerb ohne Medaille.
Gesamtweltcup, kleine Kristallkugel, Heimsieg: Die Saison der Schweizerin war nahezu perfekt.
Kurssetzung und Schneeverhältnisse waren für den zweiten Durchgang schwierig.
Lawinengefahr: Die Organisatoren sperrten den oberen Teil der Strecke.
Bestzeit im ersten Lauf, Sturz im zweiten: Für den Slalomfahrer endete der Tag im Krankenhaus.
Kälte war das größte Problem. Bei minus 22 Grad froren den Athletinnen die Finger am Gewehr.
Satz und Sieg nach zwei Stunden: Die Tennisspielerin steht im Viertelfinale.
Aufschlag, Volley, Punkt. Im Tiebreak des dritten Satzes zeigte die Deutsche Nervenstärke.
Breakball, Doppelfehler, Satzverlust: Der Favorit haderte lautstark mit sich selbst.
Matchball abgewehrt, Spiel gewonnen. Die Zuschauer feierten die Wende auf dem Hauptplatz der Anlage.
Regenpause. Auf den Außenplätzen ruhte das Spiel für fast drei Stunden.
Hitze war das Thema des Tages. Bei 38 Grad mussten zwei Spieler behandelt werden.
Viertelfinale erreicht: Für die Qualifikantin ist es der größte Erfolg ihrer Laufbahn.
Pole-Position für den Titelverteidiger, Startplatz zwölf für seinen Teamkollegen.
Boxenstopp, Reifenwechsel, Safety-Car: In der Schlussphase überschlugen sich die Ereignisse.
Reifen und Strategie entschieden das Rennen. Wer früh wechselte, verlor.
Startaufstellung und Reifenwahl: Vor dem Rennen herrschte Unsicherheit wegen des Regens.
Geschwindigkeit auf den Geraden fehlte dem Team am ganzen Wochenende.
Motorschaden in Runde 40. Der Fahrer rollte an der Box aus.
Etappe zehn führte über drei Pässe. Am Schlussanstieg setzte sich eine kleine Gruppe ab.
Ausreißer, Verfolger, Hauptfeld: Bis fünf Kilometer vor dem Ziel lag die Spitzengruppe vorn.
Massensturz im Zielsprint: Mehrere Fahrer mussten mit Schürfwunden behandelt werden.
Gelbes Trikot verteidigt: Der Spitzenreiter kam im Zeitfahren auf Platz zwei.
Bergwertung und Punktetrikot gingen an zwei junge Fahrer.
Gegenwind auf der Flachetappe sorgte für einen späten Angriff im Peloton.
Halbfinale, Verlängerung, Siebenmeterwerfen: Die Handballerinnen behielten die Nerven.
Abwehr und Torhüterin waren die Stärken der Mannschaft. Nur 21 Gegentore in 60 Minuten.
Zeitstrafen und Fehlwürfe brachten das Team in der zweiten Halbzeit aus dem Tritt.
Auszeit beim Stand von 24:24. Der Trainer zeichnete den letzten Spielzug auf die Taktiktafel.
Dreier mit der Schlusssirene: Der Aufbauspieler entschied das Spiel in letzter Sekunde.
Rebounds und Freiwürfe waren der Schlüssel zum Sieg, sagte der Basketballtrainer.
Viertel drei ging klar an die Gäste. Danach war die Partie entschieden.
Powerplay, Tor, Ausgleich: Die Eishockeyspieler kämpften sich nach einem 0:3 zurück.
Penaltyschießen. Der Torhüter hielt vier von fünf Versuchen.
Strafbank und Überzahl prägten das dritte Drittel.
Bestzeit im Vorlauf, Silber im Finale: Der Schwimmer war dennoch zufrieden.
Weltrekord! Die Zuschauer im Schwimmstadion sprangen von den Sitzen.
Startschuss, Fehlstart, Disqualifikation: Für den Sprinter war der Wettkampf nach einer Sekunde vorbei.
Rückenwind von mehr als zwei Metern pro Sekunde verhinderte eine offizielle Bestleistung.
Hochsprung bei Regen ist eine Lotterie, sagte die Athletin nach dem dritten Fehlversuch.
Gold, Silber, Bronze: Das Team holte am letzten Wettkampftag noch drei Medaillen.
Medaillenspiegel und Platzierungen reichten dem Verband nicht. Er kündigte eine Reform der Förderung an.
Olympiasiegerin ist sie schon. Nun will die Kanutin auch Weltmeisterin werden.
Titelverteidiger und Weltmeister: Der Ringer ist in seiner Klasse seit Jahren ungeschlagen.
Dopingkontrolle positiv: Der Verband hat den Gewichtheber vorläufig gesperrt.
Mindestens zwei Rennen will die Skirennfahrerin nach ihrer Verletzung noch bestreiten.
Auch im zweiten Lauf war die Österreicherin nicht zu schlagen.
Dennoch fehlten am Ende drei Hundertstelsekunden zum Sieg.
Trotz Schmerzen im Knie ging der Abfahrer an den Start.
Immerhin reichte es für Platz drei und den ersten Podestplatz der Saison.
Wir haben als Team gewonnen, sagte die Schlussläuferin der Staffel.
Das war der schwierigste Lauf meiner Karriere, sagte der Slalomfahrer.
Ich war einfach zu langsam im Mittelteil, sagte die Abfahrerin.
Es war windig, es war kalt, aber es war ein großartiger Wettkampf, sagte der Skispringer.
Niemand im Feld kam an die Zeit des Schweden heran.
Beide Fahrer wurden nach der Kollision von den Rennkommissaren verwarnt.
Wir haben die falsche Reifenstrategie gewählt, räumte der Teamchef ein.
[[Kitzbühel|PLACE]] (dpa) - Abfahrt, Super-G und Slalom: Drei Rennen stehen am Wochenende auf der [[Streif|PLACE]] und am [[Ganslernhang|PLACE]] an.
[[Oberhof|PLACE]] (dpa) - Nebel und Regen haben den Sprint der Biathleten beim Weltcup in [[Thüringen|PLACE]] beeinträchtigt.
[[Adelboden|PLACE]] (sda) - Neuschnee und Wind: Der Riesenslalom am [[Chuenisbärgli|PLACE]] wurde um eine Stunde verschoben.
[[Planica|PLACE]] (dpa) - Rückenwind verhinderte beim Skifliegen in [[Slowenien|PLACE]] die ganz großen Weiten.
Piste und Wetter spielten mit: [[Emma Aicher|PERSON]] fuhr in [[Cortina d’Ampezzo|PLACE]] auf Platz zwei.
Mindestens einen Podestplatz wollen die deutschen Skispringer bei der [[Vierschanzentournee|EVENT]] holen.
Auch [[Linus Straßer|PERSON]] schied im ersten Durchgang aus. Der Münchner fädelte früh ein.
Dennoch ist [[Franziska Preuß|PERSON]] mit dem Saisonstart zufrieden. Im Gesamtweltcup liegt sie auf Rang vier.
Trainer und Athletin trennen sich nach acht gemeinsamen Jahren. Das teilte der [[Deutsche Skiverband|ORG]] mit.
Startnummer eins: [[Marco Odermatt|PERSON]] eröffnet den Riesenslalom in [[Sölden|PLACE]].
[[Melbourne|PLACE]] (dpa) - Hitze und Wind: Das Tagesprogramm der [[Australian Open|EVENT]] wurde am Nachmittag unterbrochen.
Satzball vergeben, Match verloren: [[Jan-Lennard Struff|PERSON]] ist in der zweiten Runde ausgeschieden.
Aufschlag und Rückhand funktionierten, sagte [[Tatjana Maria|PERSON]] nach ihrem Sieg in der ersten Runde.
Regen stoppte das Spiel von [[Alexander Zverev|PERSON]] beim Stand von 4:4 im ersten Satz.
[[Paris|PLACE]] (dpa) - Sand, Hitze und fünf Sätze: Das Achtelfinale bei den [[French Open|EVENT]] dauerte mehr als vier Stunden.
Geschwindigkeit auf Rasen liegt ihr, sagte die Schweizerin [[Belinda Bencic|PERSON]] vor dem Start von [[Wimbledon|EVENT]].
[[Spielberg|PLACE]] (dpa) - Regen und Safety-Car prägten den [[Großen Preis von Österreich|EVENT]] auf dem [[Red Bull Ring|PLACE]].
Boxenstopp zu spät: [[Nico Hülkenberg|PERSON]] verlor in [[Monaco|PLACE]] drei Positionen.
Pole-Position in [[Monza|PLACE]]: Das Qualifying gewann der Titelverteidiger knapp vor seinem Teamkollegen.
Etappe 15 der [[Tour de France|EVENT]] führt über den [[Col du Tourmalet|PLACE]].
Gelbes Trikot und Bergwertung: [[Tadej Pogačar|PERSON]] hat vor den [[Alpen|PLACE]] einen großen Vorsprung.
Gegenwind und Regen auf der Etappe nach [[Lyon|PLACE]] machten das Rennen zur Tortur.
Halbfinale in [[Köln|PLACE]]: Der [[THW Kiel|ORG]] trifft im Halbfinale der [[Champions League|EVENT]] auf die [[Füchse Berlin|ORG]].
Abwehr und Torhüter waren beim [[SC Magdeburg|ORG]] der Schlüssel zum Sieg in der [[Champions League|EVENT]].
Auszeit [[Gislason|PERSON]]: Beim Stand von 25:26 holte der Bundestrainer seine Spieler an die Bank.
Dreier in letzter Sekunde: [[Alba Berlin|ORG]] hat bei [[Bayern München|ORG]] gewonnen.
Rebounds, Punkte, Vorlagen: [[Franz Wagner|PERSON]] verbuchte ein Triple-Double.
Powerplay im Finale: Die [[Eisbären Berlin|ORG]] glichen gegen die [[Kölner Haie|ORG]] in Überzahl aus.
Penaltyschießen entschied das Spiel der [[Adler Mannheim|ORG]] gegen [[Red Bull München|ORG]].
Weltrekord über 400 Meter Freistil: [[Lukas Märtens|PERSON]] war in [[Stuttgart|PLACE]] schneller als alle vor ihm.
Rückenwind beim Weitsprung: Der Sprung von [[Malaika Mihambo|PERSON]] kam nicht in die Bestenliste.
Gold im Zehnkampf: [[Leo Neugebauer|PERSON]] ist Weltmeister. In [[Tokio|PLACE]] feierte er mit der deutschen Fahne.
Medaillen und Tränen: Bei den [[Paralympics|EVENT]] in [[Paris|PLACE]] holte das deutsche Team 49 Medaillen.
Kälte, Wind und Schnee: Der [[Engadin Skimarathon|EVENT]] fand bei schwierigen Bedingungen statt.
# Wetter: Gattungswörter, Fronten, Tiefs und Hochs
Front von Westen: Eine Kaltfront bringt am Dienstag kräftige Schauer und einen deutlichen Temperatursturz.
Kaltfront und Gewitterlinie ziehen in der Nacht über das Land. Örtlich sind Sturmböen möglich.
Warmfront, Regen, milde Luft: Der Januar zeigt sich von seiner ungewöhnlichen Seite.
Mitte der Woche wird es deutlich kühler. Die Höchstwerte liegen dann nur noch bei zwölf Grad.
Mitte der kommenden Woche könnte sich das Hoch wieder durchsetzen, sagen die Meteorologen.
Zum Wochenende hin stellt sich die Wetterlage um. Ab Mitte nächster Woche wird es spätsommerlich warm.
Hoch und Tief liefern sich ein Duell über der Mitte des Landes. Im Norden regnet es, im Süden scheint die Sonne.
Tief „Bernd“ bringt Dauerregen. In den Staulagen der Mittelgebirge fallen bis zu 80 Liter pro Quadratmeter.
Sturmtief „Xaver“ sorgte an der Küste für Orkanböen. Fähren blieben in den Häfen.
Hoch „Yvonne“ beschert dem Süden sonnige Herbsttage mit bis zu 24 Grad.
Regen, Schnee, Glätte: Autofahrer müssen sich am Morgen auf schwierige Straßenverhältnisse einstellen.
Glatteis! Auf vielen Straßen ging am Morgen nichts mehr, Busse blieben in den Depots.
Nebel und Hochnebel halten sich zäh. Nur auf den Bergen scheint die Sonne.
Schauer und Gewitter sind vor allem am Nachmittag zu erwarten. Dabei kann es hageln.
Hagel in Tischtennisballgröße zerstörte Dächer und Autoscheiben.
Starkregen setzte ganze Straßenzüge unter Wasser. Die Kanalisation konnte die Wassermassen nicht aufnehmen.
Sturmböen bis 100 Kilometer pro Stunde: Die Feuerwehr musste mehr als 300 Mal ausrücken.
Geschwindigkeit des Windes: Auf den Gipfeln wurden Spitzenböen von 150 Kilometern pro Stunde gemessen.
Windgeschwindigkeiten von Orkanstärke erwarten die Meteorologen für die Nacht zum Montag.
Schienen und Oberleitungen wurden vom Sturm schwer beschädigt. Der Zugverkehr ruht bis auf Weiteres.
Schienen unter Wasser: Zwischen den beiden Städten fahren nach dem Unwetter Busse statt Bahnen.
Bäume auf den Gleisen, umgestürzte Masten, blockierte Straßen: Die Aufräumarbeiten dauern an.
Frost in der Nacht: Gärtner sollten empfindliche Pflanzen abdecken.
Bodenfrost ist selbst im Flachland möglich. In Tallagen sinken die Temperaturen auf minus fünf Grad.
Tauwetter lässt die Pegel der Flüsse steigen. Mehrere Gemeinden haben Sandsäcke bereitgestellt.
Hochwasser. Am Pegel der Stadt wurde die höchste Warnstufe erreicht.
Pegelstände und Niederschlagsmengen werden stündlich aktualisiert, teilte die Hochwasserzentrale mit.
Dürre und Hitze setzen den Landwirten zu. Die Getreideernte fällt kleiner aus als im Vorjahr.
Hitzewarnung für die Großstädte: Ältere Menschen sollten sich tagsüber nicht im Freien aufhalten.
Tropennacht: Auch um Mitternacht lagen die Temperaturen noch über 20 Grad.
Schwül und gewittrig wird es zum Wochenbeginn. Danach folgt eine Abkühlung.
Sonne satt, blauer Himmel, 30 Grad: Die Freibäder melden Rekordbesuch.
Wolken und ein paar Tropfen am Vormittag, danach freundlich. Der Wind weht schwach aus Südwest.
Schneefallgrenze bei 800 Metern: In den Alpentälern regnet es, oben schneit es kräftig.
Neuschnee von bis zu einem halben Meter erwarten die Wetterdienste in den Hochlagen.
Lawinengefahr herrscht nach den starken Schneefällen in weiten Teilen des Hochgebirges.
Graupel, Schneeregen und Wind machen den April zu einem typischen Aprilmonat.
Saharastaub färbt den Himmel gelblich. Autos sind mit einer feinen Staubschicht überzogen.
Polarlichter waren in der Nacht bis weit in den Süden zu sehen.
Trockenheit: Seit sechs Wochen hat es in der Region nicht mehr nennenswert geregnet.
Waldbrandgefahr herrscht auf der höchsten Stufe. Das Grillen im Wald ist verboten.
Unwetter. Am Abend zog eine Gewitterzelle mit Starkregen und Hagel über die Region.
Temperatursturz: Innerhalb einer Stunde fielen die Werte um 15 Grad.
Bis zur Mitte des Monats bleibt es nach Einschätzung der Meteorologen wechselhaft.
Dennoch wird der Sommer insgesamt zu warm ausfallen, sagen die Klimaforscher.
Auch am Wochenende bleibt es grau und nass. Erst am Montag lockert es auf.
Mindestens 40 Liter Regen pro Quadratmeter könnten in wenigen Stunden fallen.
Zudem droht in den Bergen Glätte durch überfrierende Nässe.
Immerhin bleibt es am Sonntag trocken, bevor die nächste Front heranzieht.
Allerdings können sich die Vorhersagen noch ändern, sagt der Meteorologe.
Vorerst bleibt es bei der Unwetterwarnung. Sie gilt bis Donnerstagmorgen.
Nachts kühlt es auf einstellige Werte ab. Tagsüber wird es dagegen angenehm mild.
Morgens Nebel, mittags Sonne, abends Gewitter: Das Wetter bleibt launisch.
Wir erwarten den stärksten Sturm seit Jahren, sagte ein Meteorologe.
Das Schlimmste ist vorbei, sagte der Bürgermeister nach dem Unwetter.
Man muss mit weiteren Überschwemmungen rechnen, warnte die Behörde.
Niemand wurde verletzt, als der Baum auf das parkende Auto stürzte.
Viele Pendler kamen wegen des Schnees zu spät zur Arbeit.
Einige Schulen blieben wegen des Sturms geschlossen.
Wetterdienst und Behörden raten, in den Nachtstunden auf Fahrten zu verzichten.
Ihre Keller standen nach dem Gewitter unter Wasser, berichteten mehrere Anwohner.
Kälte, Schnee und Wind: Die Obdachlosenhilfe öffnet zusätzliche Notunterkünfte.
[[Offenbach|PLACE]] (dpa) - Front, Regen, Abkühlung: Der [[Deutsche Wetterdienst|ORG]] erwartet zur Mitte der Woche einen Wetterumschwung.
Mitte der Woche zieht ein Tief über [[Norddeutschland|PLACE]] hinweg, teilte der [[Deutsche Wetterdienst|ORG]] mit.
Tief „Kirsten“ bringt der [[Ostsee|PLACE]] Sturmflut. In [[Lübeck|PLACE]] und [[Wismar|PLACE]] traten Straßen am Hafen unter Wasser.
Kaltfront über [[Bayern|PLACE]]: Im [[Allgäu|PLACE]] fiel die Temperatur innerhalb eines Nachmittags um zwölf Grad.
Schienen beschädigt: Die [[Deutsche Bahn|ORG]] stellte nach dem Sturm den Fernverkehr zwischen [[Köln|PLACE]] und [[Frankfurt|PLACE]] ein.
Schienen, Weichen und Stellwerke in [[Sachsen|PLACE]] wurden vom Hochwasser beschädigt.
Geschwindigkeit von 160 Kilometern pro Stunde: So stark war die Böe auf dem [[Brocken|PLACE]].
Nebel am [[Flughafen Frankfurt|PLACE]]: Mehr als hundert Flüge wurden gestrichen.
Hitze in [[Südeuropa|PLACE]]: In [[Athen|PLACE]] wurde die [[Akropolis|PLACE]] über Mittag geschlossen.
Hochwasser an der [[Donau|PLACE]]: In [[Regensburg|PLACE]] wurde die Altstadt mit mobilen Wänden geschützt.
Pegel steigt: Am [[Rhein|PLACE]] bei [[Koblenz|PLACE]] erwarten die Behörden einen Wasserstand von sieben Metern.
Dürre in [[Brandenburg|PLACE]]: Der Wasserstand der [[Spree|PLACE]] ist so niedrig wie selten.
Mindestens 30 Zentimeter Neuschnee meldeten die Skigebiete in [[Tirol|PLACE]].
Auch im [[Schwarzwald|PLACE]] und auf der [[Schwäbischen Alb|PLACE]] hat es geschneit.
Dennoch blieb der Straßenverkehr im [[Erzgebirge|PLACE]] weitgehend verschont.
Zudem rechnet der [[Deutsche Wetterdienst|ORG]] an der [[Nordsee|PLACE]] mit Sturmböen.
Frost in [[Franken|PLACE]]: Die Winzer fürchten um die jungen Triebe.
Glätte auf der [[A9|PLACE]]: Zwischen [[Nürnberg|PLACE]] und [[München|PLACE]] krachte es am Morgen mehrfach.
Schnee in [[Wien|PLACE]]: Die [[Wiener Linien|ORG]] setzten zusätzliche Räumfahrzeuge auf den Gleisen ein.
Sturm über dem [[Bodensee|PLACE]]: Die Ausflugsschiffe blieben im Hafen.
Starkregen in [[Graubünden|PLACE]]: Ein Murgang verschüttete die Kantonsstraße bei [[Sorte|PLACE]].
Wetterumschwung in [[Österreich|PLACE]]: Die [[GeoSphere Austria|ORG]] warnt in [[Kärnten|PLACE]] vor Gewittern.
Hitze im [[Tessin|PLACE]]: [[MeteoSchweiz|ORG]] hat für [[Locarno|PLACE]] und [[Lugano|PLACE]] eine Warnung der Stufe drei ausgegeben.
Trockenheit am [[Neusiedler See|PLACE]]: Der Wasserstand ist auf einen historischen Tiefstand gefallen.
Hagel über der [[Steiermark|PLACE]]: Die Schäden in der Landwirtschaft gehen in die Millionen.
Regen über [[Hamburg|PLACE]]: Am [[Fischmarkt|PLACE]] trat die [[Elbe|PLACE]] über die Ufer.
Polarlichter über [[Mecklenburg-Vorpommern|PLACE]]: In [[Rostock|PLACE]] standen Hunderte am Strand.
Saharastaub über [[Spanien|PLACE]] und [[Frankreich|PLACE]] erreicht am Dienstag auch den Südwesten.
Gewitter über [[Berlin|PLACE]]: Am [[Flughafen BER|PLACE]] wurde die Abfertigung für eine Stunde unterbrochen.
Wind und Wellen: Die Fähren nach [[Helgoland|PLACE]] fallen am Freitag aus.
Sonne in [[Oberbayern|PLACE]], Regen im [[Ruhrgebiet|PLACE]]: Das Wochenende wird zweigeteilt.
Mitte der Woche ist es in [[Dresden|PLACE]] mit 31 Grad am wärmsten.
Tief über [[Skandinavien|PLACE]], Hoch über den [[Azoren|PLACE]]: Diese Lage bringt uns kühle Luft vom Meer.
Nebel über dem [[Main|PLACE]]: Die Schifffahrt zwischen [[Würzburg|PLACE]] und [[Aschaffenburg|PLACE]] lief nur langsam.
Unwetter in [[Italien|PLACE]]: In der Region [[Emilia-Romagna|PLACE]] wurden Tausende Menschen in Sicherheit gebracht.
Hochwasser an der [[Oder|PLACE]]: In [[Frankfurt an der Oder|PLACE]] wurden die Deiche verstärkt.
Sturmflut an der [[Nordsee|PLACE]]: In [[Husum|PLACE]] wurde der Hafen überflutet.
Trockenheit am [[Rhein|PLACE]]: Frachtschiffe können am Pegel [[Kaub|PLACE]] nur noch mit halber Ladung fahren.
Bäume entwurzelt: Der Sturm hat im [[Harz|PLACE]] Hunderte Fichten umgeworfen.
# Wirtschaft: Gattungswörter, Börse, Unternehmen
Bankaktien waren am Dienstag gefragt. Anleger setzten auf steigende Zinsmargen.
Bankaktien und Versicherer zogen den Leitindex nach oben, Autowerte gaben nach.
Autowerte litten unter der Sorge vor neuen Zöllen. Die Papiere der Hersteller verloren bis zu vier Prozent.
Chipwerte erholten sich nach dem Kursrutsch der Vorwoche.
Rüstungsaktien bleiben an der Börse gefragt. Seit Jahresbeginn haben sich einige Papiere im Wert verdoppelt.
Anleger warteten vor der Zinsentscheidung ab. Der Dax schloss nahezu unverändert.
Dax, MDax und SDax schlossen im Minus. Händler sprachen von Gewinnmitnahmen.
Gewinnwarnung. Nach der Mitteilung brach die Aktie des Unternehmens um 18 Prozent ein.
Umsatz und Gewinn des Konzerns sind im dritten Quartal gestiegen, die Prognose für das Gesamtjahr bleibt aber vorsichtig.
Quartalszahlen über den Erwartungen: Die Aktie des Maschinenbauers legte zweistellig zu.
Dividende gekürzt: Die Aktionäre erhalten für das vergangene Jahr nur noch die Hälfte.
Vorstand und Aufsichtsrat schlagen der Hauptversammlung eine Kapitalerhöhung vor.
Aufsichtsrat und Betriebsrat haben sich auf einen Sozialplan geeinigt. Betriebsbedingte Kündigungen soll es nicht geben.
Betriebsrat und Geschäftsführung verhandeln seit Wochen über die Zukunft des Standorts.
Belegschaft in Sorge: Das Werk mit 1.200 Beschäftigten soll bis Ende 2027 geschlossen werden.
Stellenabbau in der Verwaltung: Jede fünfte Stelle in der Zentrale des Unternehmens fällt weg.
Kurzarbeit für 3.000 Beschäftigte: Die Auftragslage des Zulieferers hat sich weiter verschlechtert.
Insolvenz. Das Amtsgericht hat das vorläufige Verfahren über das Vermögen der Firma eröffnet.
Insolvenzverwalter und Gläubiger suchen einen Investor für den Betrieb.
Gläubiger müssen auf einen Großteil ihrer Forderungen verzichten, teilte der Sachwalter mit.
Sanierung in Eigenverwaltung: Die Firma will sich unter einem Schutzschirm neu aufstellen.
Übernahme abgeschlossen: Der Finanzinvestor hält nun alle Anteile an dem Familienunternehmen.
Fusion abgesagt. Die Kartellwächter hatten erhebliche Bedenken geäußert.
Firma, Familie, Tradition: Der Mittelständler wird seit fünf Generationen von derselben Familie geführt.
Firmenchef und Gründer übergibt die Leitung an seine Tochter.
Tochter und Mutter trennen sich: Der Konzern will seine Softwaresparte an die Börse bringen.
Chefwechsel: Der Vorstandsvorsitzende verlässt das Unternehmen zum Jahresende.
Rat von außen holt sich der Konzern bei einer Unternehmensberatung. Sie soll Einsparungen von einer Milliarde Euro finden.
Leitzins, Inflation, Wachstum: Die Notenbank steht vor einer schwierigen Abwägung.
Inflation. Im September stiegen die Verbraucherpreise um 2,4 Prozent zum Vorjahresmonat.
Teuerung bei Lebensmitteln: Butter, Kaffee und Schokolade wurden deutlich teurer.
Energiepreise sanken im Vergleich zum Vorjahr, Dienstleistungen wurden teurer.
Konjunktur schwach, Stimmung gedrückt: Die Unternehmen blicken pessimistisch auf die nächsten Monate.
Auftragseingang und Produktion in der Industrie gingen im August zurück.
Exporte brachen im Handel mit den wichtigsten Partnerländern ein.
Zölle, Lieferketten und hohe Energiekosten belasten die Industrie.
Lieferengpässe bei Halbleitern bremsen die Produktion. Mehrere Werke stehen still.
Rohstoffpreise steigen: Kupfer und Aluminium sind so teuer wie seit Jahren nicht.
Ölpreis fällt. Ein Barrel der Nordseesorte kostete am Nachmittag weniger als 65 Dollar.
Gaspreis und Strompreis haben sich im Großhandel stabilisiert.
Gold ist so teuer wie nie. Eine Feinunze kostete mehr als 4.000 Dollar.
Euro und Dollar: Die Gemeinschaftswährung legte zum Dollar leicht zu.
Franken bleibt stark. Die Schweizer Exporteure klagen über die Belastung.
Mieten steigen, Bauzinsen sinken: Für viele Familien bleibt das Eigenheim dennoch unerschwinglich.
Baugenehmigungen sind im ersten Halbjahr erneut zurückgegangen.
Wohnungsbau in der Krise: Die Branche verfehlt die Ziele der Regierung deutlich.
Einzelhandel und Gastronomie melden ein schwaches Weihnachtsgeschäft.
Handwerk klagt über Fachkräftemangel. Tausende Lehrstellen sind unbesetzt.
Mittelstand unter Druck: Viele Betriebe verschieben Investitionen.
Verbraucher halten ihr Geld zusammen. Die Sparquote liegt auf hohem Niveau.
Mindestens 50.000 Stellen könnten in der Autoindustrie in den nächsten Jahren wegfallen.
Auch der Maschinenbau rechnet mit einem weiteren Produktionsrückgang.
Dennoch stellen viele Unternehmen weiter ein, vor allem in der Pflege und im öffentlichen Dienst.
Trotz des Umsatzrückgangs will die Firma an ihren Investitionsplänen festhalten.
Zudem will der Konzern seine Beteiligungen an mehreren Tochterfirmen verkaufen.
Immerhin steigt die Zahl der Erwerbstätigen noch leicht.
Allerdings sind die Auftragsbücher vieler Betriebe nur noch dünn gefüllt.
Wir sehen Licht am Ende des Tunnels, sagte der Finanzvorstand.
Das ist ein schwarzer Tag für die Region, sagte der Betriebsratsvorsitzende.
Man werde betriebsbedingte Kündigungen vermeiden, versicherte die Geschäftsführung.
Niemand in der Branche rechnet mit einer schnellen Erholung.
Viele Händler fürchten die Konkurrenz aus dem Internet.
Einige Banken haben ihre Zinsen für Tagesgeld bereits gesenkt.
Beide Unternehmen wollen ihre Zusammenarbeit bei Batterien ausbauen.
Ihre Anteile will die Gründerfamilie behalten, teilte ein Sprecher des Unternehmens mit.
Sie haben den Verkauf ohne Rücksprache beschlossen, kritisierte die Gewerkschaft.
Anleihen und Aktien des Konzerns standen nach dem Bericht unter Druck.
Bundesanleihen waren als sicherer Hafen gefragt. Die Rendite der zehnjährigen Papiere fiel.
Kursrutsch in [[Asien|PLACE]]: Die Börse in [[Tokio|PLACE]] verlor mehr als vier Prozent.
Rezession oder Stagnation: Die Ökonomen sind sich über die Aussichten uneins.
[[Frankfurt|PLACE]] (dpa-AFX) - Bankaktien haben am Mittwoch den Dax gestützt. Papiere der [[Commerzbank|ORG]] und der [[Deutschen Bank|ORG]] legten zu.
Autowerte unter Druck: Die Aktien von [[Volkswagen|ORG]], [[BMW|ORG]] und [[Mercedes-Benz|ORG]] verloren deutlich.
Rüstungsaktien gefragt: [[Rheinmetall|ORG]], [[Hensoldt|ORG]] und [[Renk|ORG]] zogen an.
Gewinnwarnung bei [[Porsche|ORG]]: Der Sportwagenbauer senkte die Prognose erneut.
Umsatz und Gewinn bei [[Siemens Energy|ORG]] liegen über den Erwartungen.
Firma verkauft: Der Werkzeughersteller aus [[Remscheid|PLACE]] geht an einen Investor aus [[Schweden|PLACE]].
Betriebsrat und Vorstand von [[ZF|ORG]] haben sich auf einen Stellenabbau in der Antriebssparte geeinigt. Betroffen ist auch der Stammsitz in [[Friedrichshafen|PLACE]].
Belegschaft protestiert: Vor dem Werk von [[Continental|ORG]] in [[Aachen|PLACE]] versammelten sich Hunderte Beschäftigte.
Insolvenz in [[Sachsen|PLACE]]: Der Fahrradhersteller aus [[Sangerhausen|PLACE]] hat beim Amtsgericht einen Antrag gestellt.
Kurzarbeit bei [[Thyssenkrupp|ORG]]: In [[Duisburg|PLACE]] sind Hunderte Beschäftigte der Stahlsparte betroffen.
Inflation in [[Österreich|PLACE]] gesunken: Die [[Statistik Austria|ORG]] meldete für Oktober einen leichten Rückgang.
Leitzins unverändert: Die [[Schweizerische Nationalbank|ORG]] belässt den Zins bei null Prozent.
Franken und Euro: Die [[Schweizerische Nationalbank|ORG]] interveniert nach eigenen Angaben bei Bedarf am Devisenmarkt.
Zölle belasten die Exporte nach [[China|PLACE]] und in die [[USA|PLACE]], teilte das [[Statistische Bundesamt|ORG]] mit.
Konjunktur: Das [[Ifo-Institut|ORG]] erwartet für [[Deutschland|PLACE]] nur ein geringes Wachstum.
Mieten in [[München|PLACE]] steigen weiter, meldet das Immobilienportal [[Immowelt|ORG]].
Einzelhandel: Der [[Handelsverband Deutschland|ORG]] rechnet mit einem schwachen Weihnachtsgeschäft.
Handwerk: Der [[Zentralverband des Deutschen Handwerks|ORG]] warnt vor weiteren Betriebsschließungen.
Mindestens zwei Standorte in [[Baden-Württemberg|PLACE]] sind nach Angaben der [[IG Metall|ORG]] vom Stellenabbau bei [[Bosch|ORG]] betroffen.
Auch [[Audi|ORG]] baut in [[Neckarsulm|PLACE]] Stellen ab.
Dennoch hält [[BASF|ORG]] an seinem Stammsitz in [[Ludwigshafen|PLACE]] fest.
Zudem investiert [[Infineon|ORG]] in ein neues Werk in [[Dresden|PLACE]].
Trotz der Krise will [[Miele|ORG]] in [[Gütersloh|PLACE]] weiter produzieren.
Wir sind ein solides Unternehmen, sagte der Vorstandschef von [[Zeiss|ORG]] in [[Oberkochen|PLACE]].
Gold ist so teuer wie nie, meldet der Edelmetallhändler [[Heraeus|ORG]] aus [[Hanau|PLACE]].
Bankaktien in der [[Schweiz|PLACE]] gaben nach. Der Leitindex SMI schloss im Minus, belastet von [[UBS|ORG]].
Übernahme in [[Wien|PLACE]]: Die [[Bawag|ORG]] kauft eine Bank in den [[Niederlanden|PLACE]].
Stellenabbau bei [[KTM|ORG]]: Der Motorradhersteller aus [[Mattighofen|PLACE]] hatte Insolvenz angemeldet.
Firma gegründet: Zwei Studentinnen aus [[Aachen|PLACE]] haben ein Start-up für Batterierecycling aufgebaut.
Exporte in die [[Türkei|PLACE]] legen zu, teilte die [[Deutsch-Türkische Industrie- und Handelskammer|ORG]] mit.
# Gerichte: Gattungswörter, Vorinstanz, Kammer, Senat
Vorinstanz bestätigt: Das Berufungsgericht hat die Klage des Vermieters ebenfalls abgewiesen.
Die Vorinstanz hatte die Kündigung noch für wirksam gehalten. Das sahen die Richter nun anders.
Wie schon die Vorinstanz kam auch der Senat zu dem Ergebnis, dass der Vertrag nichtig ist.
Urteil aufgehoben. Die Sache wird zur erneuten Verhandlung an die Vorinstanz zurückverwiesen.
Berufung eingelegt: Die Verteidigung will das Urteil nicht hinnehmen.
Revision verworfen. Damit ist die Haftstrafe von sieben Jahren rechtskräftig.
Freispruch aus Mangel an Beweisen: Die Kammer sah die Schuld des Angeklagten nicht als erwiesen an.
Bewährung für den Ersttäter, Haft für den Mitangeklagten: So lautet das Urteil nach zwölf Verhandlungstagen.
Haftbefehl erlassen: Der 31-Jährige sitzt seit Freitag in Untersuchungshaft.
Untersuchungshaft angeordnet. Der Ermittlungsrichter sah Fluchtgefahr.
Anklage erhoben: Die Staatsanwaltschaft wirft dem Mann gewerbsmäßigen Betrug in 43 Fällen vor.
Anklage und Verteidigung lieferten sich einen heftigen Schlagabtausch.
Plädoyers am Donnerstag, Urteil am Montag: Der Prozess nähert sich dem Ende.
Gutachter und Zeugen widersprachen sich in zentralen Punkten.
Zeugin im Zeugenstand: Die Nachbarin schilderte, was sie in der Tatnacht gehört hatte.
Schöffen und Berufsrichter berieten mehr als sechs Stunden über das Urteil.
Kammer und Staatsanwaltschaft einigten sich mit der Verteidigung auf einen Strafrahmen.
Schadenersatz und Schmerzensgeld: Das Gericht sprach der Klägerin 45.000 Euro zu.
Vergleich geschlossen. Beide Parteien tragen die Kosten des Verfahrens je zur Hälfte.
Eilantrag abgelehnt: Die Versammlung bleibt verboten.
Beschwerde erfolglos. Die Richter sahen keinen Verstoß gegen die Grundrechte.
Verfahren eingestellt gegen Zahlung einer Geldauflage von 5.000 Euro.
Verhandlungstag zwölf: Erstmals äußerte sich der Angeklagte zu den Vorwürfen.
Prozessauftakt vor vollem Saal: Zahlreiche Angehörige der Opfer verfolgten die Verhandlung.
Nebenklage und Staatsanwaltschaft forderten lebenslange Haft.
Geständnis abgelegt: Der Angeklagte räumte die Taten über seinen Anwalt ein.
Beweisaufnahme geschlossen. Das Urteil soll in zwei Wochen verkündet werden.
Richterin und Verteidiger gerieten mehrfach aneinander.
Senat und Kammer sind unterschiedlicher Auffassung, was die Verjährung angeht.
Der Zweite Senat des Gerichts verhandelt die Beschwerde im Frühjahr.
Der Erste Senat hat die Vorschrift für verfassungswidrig erklärt. Der Gesetzgeber muss nachbessern.
Die Große Strafkammer verurteilte den Mann wegen Totschlags zu acht Jahren Haft.
Die Jugendkammer verhandelt unter Ausschluss der Öffentlichkeit.
Rat der Verteidigung: Der Angeklagte solle vorerst schweigen, sagte sein Anwalt vor Prozessbeginn.
Auf Rat seines Anwalts hat der Mann die Aussage verweigert.
Firma verklagt: Ein Kunde fordert von dem Bauunternehmen 200.000 Euro Schadenersatz.
Die Firma des Angeklagten soll Scheinrechnungen über mehrere Millionen Euro ausgestellt haben.
Der Geschäftsführer des Unternehmens muss sich wegen Insolvenzverschleppung verantworten.
Laut Anklage hat der Chef des Unternehmens Sozialabgaben in Höhe von 1,3 Millionen Euro hinterzogen.
Die Buchhalterin des Unternehmens sagte als Zeugin aus. Sie habe von den Zahlungen nichts gewusst.
Geschwindigkeit von 180 Kilometern pro Stunde in der Innenstadt: Das Gericht wertete das Rennen als Mord.
Raserprozess: Die Kammer sah es als erwiesen an, dass der Fahrer den Tod anderer in Kauf nahm.
Fahrverbot und Geldbuße: Der Autofahrer war mit 95 Kilometern pro Stunde durch eine Tempo-30-Zone gefahren.
Mindestens 17 Opfer soll der Betrüger um ihre Ersparnisse gebracht haben.
Auch der zweite Angeklagte wurde zu einer Haftstrafe verurteilt.
Dennoch bleibt der Mann vorerst auf freiem Fuß, weil das Urteil noch nicht rechtskräftig ist.
Trotzdem sieht die Verteidigung gute Chancen in der nächsten Instanz.
Zudem muss der Verurteilte die Kosten des Verfahrens tragen.
Allerdings ließ das Gericht die Revision zu.
Außerdem verhängte die Kammer ein lebenslanges Berufsverbot.
Bislang ist offen, ob die Staatsanwaltschaft Rechtsmittel einlegt.
Wir werden das Urteil genau prüfen, sagte der Anwalt der Familie.
Das Urteil ist ein Signal an alle Betrüger, sagte die Oberstaatsanwältin.
Ich bereue zutiefst, was ich getan habe, sagte der Angeklagte in seinem letzten Wort.
Man habe den Fall mit großer Sorgfalt geprüft, sagte die Vorsitzende Richterin.
Niemand hat mit einem so milden Urteil gerechnet, sagte der Anwalt der Nebenkläger.
Sie sind schuldig, sagte der Vorsitzende zum Angeklagten.
Beide Angeklagten schwiegen zu den Vorwürfen.
Einige Zuschauer reagierten mit Unmut auf das Urteil.
Viele Fragen bleiben offen, sagte die Schwester des Opfers nach dem Urteil.
Vermieter und Mieterin streiten seit drei Jahren um die Nebenkostenabrechnung.
Kläger und Beklagte waren zum Termin nicht erschienen.
Grundgesetz und Menschenwürde: Die Richter stellten klar, dass auch im Strafvollzug Grenzen gelten.
Paragraf 218 bleibt umstritten. Das Gericht äußerte sich zur Frage aber nicht.
Datenschutz geht vor: Die Klinik hätte die Akten nicht herausgeben dürfen, entschied das Gericht.
Arbeitsrecht: Die fristlose Kündigung der Pflegekraft war unwirksam, entschied das Landesarbeitsgericht.
Das Amtsgericht verurteilte die Frau zu einer Geldstrafe von 60 Tagessätzen. Die Anklage hatte mehr gefordert.
Das Landgericht hat die Klage der Erben abgewiesen. Die Berufung ist zugelassen.
Das Oberlandesgericht hob das Urteil der Vorinstanz auf und verwies den Fall zurück.
[[Karlsruhe|PLACE]] (dpa) - Vorinstanz bestätigt: Der [[Bundesgerichtshof|ORG]] hat die Revision eines Autokäufers zurückgewiesen.
Wie die Vorinstanz in [[Stuttgart|PLACE]] sah auch der [[Bundesgerichtshof|ORG]] keinen Anspruch auf Schadenersatz.
Die Vorinstanz, das [[Landgericht Hamburg|ORG]], hatte die Klage noch abgewiesen.
Urteil aufgehoben: Der [[Bundesfinanzhof|ORG]] in [[München|PLACE]] verwies die Sache an die Vorinstanz zurück.
Revision verworfen: Das Urteil des [[Landgerichts Bochum|ORG]] gegen den Angeklagten [[Dennis K.|PERSON]] ist rechtskräftig.
Anklage erhoben: Die [[Staatsanwaltschaft Hannover|ORG]] wirft [[Sven M.|PERSON]] Untreue in mehreren Fällen vor.
Freispruch für [[Lena W.|PERSON]]: Das [[Amtsgericht Tiergarten|ORG]] sah keinen Beweis für einen Diebstahl.
Schadenersatz für die Klägerin: Das [[Oberlandesgericht Celle|ORG]] sprach der Frau aus [[Hildesheim|PLACE]] 30.000 Euro zu.
Firma haftet: Das [[Landgericht Köln|ORG]] verurteilte ein Handwerksunternehmen aus [[Bergisch Gladbach|PLACE]] zur Zahlung.
Geschwindigkeit als Mordmerkmal: Der [[Bundesgerichtshof|ORG]] hat das Urteil gegen einen Raser aus [[Berlin|PLACE]] bestätigt.
Mindestens drei Jahre Haft muss der Betrüger [[Marco F.|PERSON]] verbüßen, entschied das [[Landgericht Frankfurt|ORG]].
Auch das [[Oberlandesgericht Düsseldorf|ORG]] sieht keine Fluchtgefahr. Der Angeklagte bleibt auf freiem Fuß.
Dennoch hat das [[Bundesverfassungsgericht|ORG]] die Beschwerde nicht zur Entscheidung angenommen.
Der Zweite Senat des [[Bundesverfassungsgerichts|ORG]] verkündet sein Urteil am Dienstag.
Der Erste Senat des [[Bundesarbeitsgerichts|ORG]] in [[Erfurt|PLACE]] hat über Überstunden in Teilzeit entschieden.
Die Kammer am [[Landgericht München I|ORG]] verhandelt ab Montag gegen drei mutmaßliche Schleuser.
Die Große Strafkammer des [[Landgerichts Stuttgart|ORG]] hat einen 52-Jährigen wegen Mordes verurteilt.
Eilantrag abgelehnt: Das [[Verwaltungsgericht Berlin|ORG]] bestätigte das Verbot der Demonstration.
Beschwerde erfolgreich: Das [[Oberverwaltungsgericht Münster|ORG]] kippte die Sperrstunde.
Prozessauftakt in [[Nürnberg|PLACE]]: Vor dem [[Landgericht Nürnberg-Fürth|ORG]] müssen sich vier Männer verantworten.
Geständnis vor dem [[Landgericht Leipzig|ORG]]: Der Angeklagte [[Tobias R.|PERSON]] gab die Brandstiftung zu.
Zeugen vor dem [[Oberlandesgericht Frankfurt|ORG]]: Zwei Polizisten schilderten den Zugriff.
Bewährung für [[Katrin S.|PERSON]]: Die Frau aus [[Chemnitz|PLACE]] hatte Sozialleistungen erschlichen.
Rat vom Gericht: Die Richterin am [[Amtsgericht Hamburg|ORG]] riet den Parteien zu einem Vergleich.
Vergleich vor dem [[Landesarbeitsgericht Berlin-Brandenburg|ORG]]: Die entlassene Managerin erhält eine Abfindung.
Verfahren eingestellt: Die [[Staatsanwaltschaft Dresden|ORG]] sieht keinen hinreichenden Tatverdacht.
Haftbefehl vollstreckt: Zielfahnder der [[Bundespolizei|ORG]] nahmen den Gesuchten in [[Leipzig|PLACE]] fest.
Paragraf 130: Das [[Landgericht Halle|ORG]] verurteilte einen 44-Jährigen wegen Volksverhetzung.
"""

CASES = r"""
# Organisationen mit Adjektiv im Namen, alle Fälle
Der [[Deutsche Städtetag|ORG]] fordert mehr Geld für den Nahverkehr. Die Kommunen könnten die steigenden Kosten nicht allein tragen.
Der Präsident des [[Deutschen Städtetags|ORG]] warnte vor Kürzungen bei Schwimmbädern und Bibliotheken.
Nach Angaben des [[Deutschen Städtetages|ORG]] fehlen den Städten in diesem Jahr mehr als zehn Milliarden Euro.
Die Bundesregierung hat dem [[Deutschen Städtetag|ORG]] eine Entlastung bei den Sozialausgaben zugesagt.
Der Bürgermeister hat den [[Deutschen Städtetag|ORG]] um Unterstützung bei der Klage gebeten.
Im [[Deutschen Städtetag|ORG]] sind rund 200 Städte direkt organisiert.
[[Deutscher Städtetag|ORG]] und [[Deutscher Landkreistag|ORG]] schlagen gemeinsam Alarm.
Der Hauptgeschäftsführer des [[Deutschen Landkreistages|ORG]] verlangte eine schnellere Digitalisierung der Verwaltung.
Auch der [[Deutsche Städte- und Gemeindebund|ORG]] kritisierte die Pläne des Bundes.
Ein Sprecher des [[Deutschen Städte- und Gemeindebundes|ORG]] sagte, die Gemeinden seien am Limit.
Der [[Deutsche Wetterdienst|ORG]] hat für die Nacht eine Frostwarnung herausgegeben.
Die Meteorologen des [[Deutschen Wetterdienstes|ORG]] rechnen mit bis zu zehn Zentimetern Neuschnee.
Nach Angaben des [[Deutschen Wetterdiensts|ORG]] war der Frühling der trockenste seit Jahrzehnten.
Dem [[Deutschen Wetterdienst|ORG]] zufolge bleibt es bis zum Wochenende sonnig.
Eine Sprecherin beim [[Deutschen Wetterdienst|ORG]] in [[Offenbach|PLACE]] bestätigte die Messung.
Die Landwirte kritisieren den [[Deutschen Wetterdienst|ORG]] für zu späte Warnungen.
Die [[Europäische Zentralbank|ORG]] hat die Zinsen erneut nicht verändert.
Der Rat der [[Europäischen Zentralbank|ORG]] tagt am Donnerstag in [[Frankfurt|PLACE]].
Nach Ansicht der [[Europäischen Zentralbank|ORG]] ist die Inflation im Euroraum unter Kontrolle.
Die Banken haben sich bei der [[Europäischen Zentralbank|ORG]] weniger Geld geliehen als erwartet.
Ökonomen erwarten, dass die Märkte die [[Europäische Zentralbank|ORG]] zu einer Zinssenkung drängen.
Die [[Europäische Union|ORG]] will ihre Abhängigkeit von Rohstoffimporten verringern.
Die Mitgliedstaaten der [[Europäischen Union|ORG]] einigten sich auf ein neues Sanktionspaket.
In der [[Europäischen Union|ORG]] leben rund 450 Millionen Menschen.
Mehrere Staaten haben die [[Europäische Union|ORG]] um Hilfe beim Grenzschutz gebeten.
Die [[Europäische Kommission|ORG]] hat ein Verfahren gegen [[Ungarn|PLACE]] eingeleitet.
Nach Einschätzung der [[Europäischen Kommission|ORG]] verstößt das Gesetz gegen EU-Recht.
Das [[Europäische Parlament|ORG]] hat über das Lieferkettengesetz abgestimmt.
Die Abgeordneten des [[Europäischen Parlaments|ORG]] stimmten mit knapper Mehrheit zu.
Im [[Europäischen Parlament|ORG]] sitzen 720 Abgeordnete aus 27 Ländern.
Der [[Europäische Gerichtshof|ORG]] hat die Klage der Fluggesellschaft abgewiesen.
Nach einem Urteil des [[Europäischen Gerichtshofs|ORG]] müssen Fluggesellschaften auch bei Streiks entschädigen.
Die Kläger hatten sich an den [[Europäischen Gerichtshof|ORG]] gewandt.
Der [[Europäische Rat|ORG]] kommt im Dezember zu seinem letzten Gipfel des Jahres zusammen.
Der Präsident des [[Europäischen Rates|ORG]], [[António Costa|PERSON]], rief zur Einigkeit auf.
Der [[Internationale Währungsfonds|ORG]] hat seine Wachstumsprognose gesenkt.
Die Ökonomen des [[Internationalen Währungsfonds|ORG]] erwarten eine Abschwächung des Welthandels.
Das Land hat beim [[Internationalen Währungsfonds|ORG]] ein neues Hilfsprogramm beantragt.
Die Regierung hat den [[Internationalen Währungsfonds|ORG]] um einen Kredit über drei Milliarden Dollar gebeten.
Das [[Internationale Olympische Komitee|ORG]] hat die Vergabe der Winterspiele vertagt.
Die Präsidentin des [[Internationalen Olympischen Komitees|ORG]] besuchte die Wettkampfstätten.
Beim [[Internationalen Olympischen Komitee|ORG]] ist die Bewerbung fristgerecht eingegangen.
Der [[Deutsche Gewerkschaftsbund|ORG]] ruft zu Kundgebungen am 1. Mai auf.
Die Vorsitzende des [[Deutschen Gewerkschaftsbundes|ORG]] forderte eine höhere Tarifbindung.
Im [[Deutschen Gewerkschaftsbund|ORG]] sind acht Einzelgewerkschaften zusammengeschlossen.
Der [[Deutsche Bauernverband|ORG]] rechnet mit einer durchschnittlichen Getreideernte.
Der Präsident des [[Deutschen Bauernverbands|ORG]] warnte vor den Folgen des Freihandelsabkommens.
Das [[Deutsche Rote Kreuz|ORG]] ruft zu Blutspenden auf. Die Vorräte reichten nur noch wenige Tage.
Helfer des [[Deutschen Roten Kreuzes|ORG]] versorgten die Menschen in den Notunterkünften.
Die Spenden gingen an das [[Deutsche Rote Kreuz|ORG]] und die [[Caritas|ORG]].
Beim [[Deutschen Roten Kreuz|ORG]] haben sich Tausende Freiwillige gemeldet.
Das [[Technische Hilfswerk|ORG]] hat Pumpen in das Hochwassergebiet geschickt.
Einsatzkräfte des [[Technischen Hilfswerks|ORG]] sicherten das einsturzgefährdete Gebäude.
Mit dem [[Technischen Hilfswerk|ORG]] übten die Feuerwehren den Katastrophenfall.
Das [[Statistische Bundesamt|ORG]] hat die Zahlen zur Bevölkerungsentwicklung veröffentlicht.
Nach Angaben des [[Statistischen Bundesamts|ORG]] wurden im vergangenen Jahr weniger Kinder geboren.
Laut dem [[Statistischen Bundesamt|ORG]] stieg die Zahl der Erwerbstätigen leicht.
Das [[Auswärtige Amt|ORG]] hat einen Krisenstab eingerichtet.
Eine Sprecherin des [[Auswärtigen Amts|ORG]] sagte, man stehe mit den Behörden vor Ort in Kontakt.
Die Reisewarnung des [[Auswärtigen Amtes|ORG]] gilt weiterhin.
Beim [[Auswärtigen Amt|ORG]] haben sich mehr als 400 Deutsche registriert.
Der [[Bayerische Rundfunk|ORG]] streicht zwei Radiosendungen.
Der Intendant des [[Bayerischen Rundfunks|ORG]] verteidigte die Sparpläne.
Im [[Bayerischen Rundfunk|ORG]] wird über eine neue Struktur der Nachrichtenredaktion beraten.
Der [[Norddeutsche Rundfunk|ORG]] verlegt seine Talkshow nach [[Hamburg|PLACE]].
Eine Sprecherin des [[Norddeutschen Rundfunks|ORG]] bestätigte den Wechsel.
Der [[Westdeutsche Rundfunk|ORG]] hat eine neue Intendantin gewählt.
Der Rundfunkrat des [[Westdeutschen Rundfunks|ORG]] stimmte mit großer Mehrheit für die Kandidatin.
Der [[Mitteldeutsche Rundfunk|ORG]] sendet das Konzert live aus [[Leipzig|PLACE]].
Die Zuschauer des [[Mitteldeutschen Rundfunks|ORG]] können per Telefon abstimmen.
Der [[Hessische Rundfunk|ORG]] baut Stellen in der Verwaltung ab.
Nach Recherchen des [[Hessischen Rundfunks|ORG]] gab es schon früher Hinweise auf den Täter.
Die [[Süddeutsche Zeitung|ORG]] hat ihre Digitalabos erneut gesteigert.
Nach Informationen der [[Süddeutschen Zeitung|ORG]] soll der Minister von den Plänen gewusst haben.
Der Redaktion der [[Frankfurter Allgemeinen Zeitung|ORG]] lag das Schreiben vor.
Wie die [[Frankfurter Allgemeine Zeitung|ORG]] berichtet, soll der Verkauf bis zum Sommer abgeschlossen sein.
Die [[Neue Zürcher Zeitung|ORG]] eröffnet eine Redaktion in [[Berlin|PLACE]].
Ein Kommentar der [[Neuen Zürcher Zeitung|ORG]] sorgte in [[Bern|PLACE]] für Aufregung.
Die [[Deutsche Presse-Agentur|ORG]] hat ihre Berichterstattung aus [[Afrika|PLACE]] ausgebaut.
Der Chefredakteur der [[Deutschen Presse-Agentur|ORG]] stellte die neue Strategie vor.
Die [[Deutsche Bahn|ORG]] will bis 2030 wieder pünktlicher werden.
Der Vorstand der [[Deutschen Bahn|ORG]] stellte ein Sanierungsprogramm vor.
Die Fahrgastverbände haben der [[Deutschen Bahn|ORG]] ein schlechtes Zeugnis ausgestellt.
Die Lokführer kritisieren die [[Deutsche Bahn|ORG]] scharf. Zusagen seien gebrochen worden.
Die [[Deutsche Post|ORG]] stellt in einigen Gemeinden nur noch an drei Tagen Briefe zu.
Kunden der [[Deutschen Post|ORG]] müssen sich auf längere Laufzeiten einstellen.
Die Aktionäre der [[Deutschen Telekom|ORG]] erhalten eine höhere Dividende.
Bei der [[Deutschen Telekom|ORG]] stehen Hunderte Stellen zur Disposition.
Der Chef der [[Deutschen Börse|ORG]] will die Übernahme noch in diesem Jahr abschließen.
Der [[Deutsche Fußball-Bund|ORG]] hat einen neuen Sportdirektor für den Nachwuchs berufen.
Die Finanzen des [[Deutschen Fußball-Bundes|ORG]] haben sich stabilisiert.
Beim [[Deutschen Fußball-Bund|ORG]] gibt es Streit über die Zukunft der Amateurligen.
Die Vereine der [[Deutschen Fußball Liga|ORG]] stimmten über das Investorenmodell ab.
Der [[Deutsche Olympische Sportbund|ORG]] legt seine Bewerbungsstrategie vor.
Der Vorstandschef des [[Deutschen Olympischen Sportbundes|ORG]] warb für Spiele in [[Deutschland|PLACE]].
Die Fachverbände haben den [[Deutschen Olympischen Sportbund|ORG]] aufgefordert, die Förderung zu reformieren.
Der [[Deutsche Mieterbund|ORG]] hält die Mietpreisbremse für zu schwach.
Die Präsidentin des [[Deutschen Mieterbundes|ORG]] forderte schärfere Regeln für möblierte Wohnungen.
Der [[Deutsche Richterbund|ORG]] beklagt einen Personalmangel an den Gerichten.
Nach Zahlen des [[Deutschen Richterbundes|ORG]] sind Hunderte Verfahren liegen geblieben.
Der [[Deutsche Journalisten-Verband|ORG]] verurteilte den Angriff auf ein Kamerateam.
Ein Sprecher des [[Deutschen Journalisten-Verbands|ORG]] forderte besseren Schutz für Reporter.
# Parteien und Bundesinstitutionen, alle Fälle
Die [[Grünen|ORG]] haben auf ihrem Parteitag ein neues Grundsatzprogramm beschlossen.
Die Fraktion der [[Grünen|ORG]] im Landtag hat einen Untersuchungsausschuss beantragt.
Bei den [[Grünen|ORG]] gibt es Streit über die Haltung zu Waffenlieferungen.
Die Umfragen sehen die [[Grünen|ORG]] derzeit bei elf Prozent.
Mit den [[Grünen|ORG]] will die [[CDU|ORG]] in [[Schleswig-Holstein|PLACE]] weiterregieren.
Der Vorstand der [[Grünen|ORG]] schlug eine Doppelspitze für den Wahlkampf vor.
Aus den Reihen der [[Grünen|ORG]] kam Kritik an dem Kompromiss.
Ein Picknick im Grünen ist bei dem sonnigen Wetter genau das Richtige.
Viele Familien zieht es am Wochenende ins Grüne. Die Ausflugslokale sind voll.
Die [[Linke|ORG]] fordert einen Mietendeckel für ganz [[Deutschland|PLACE]].
Die Vorsitzende der [[Linken|ORG]] sprach von einem Erfolg für die Mieter.
Bei der [[Linken|ORG]] sind seit Jahresbeginn Tausende neue Mitglieder eingetreten.
Die Wähler haben die [[Linke|ORG]] überraschend deutlich in den [[Bundestag|ORG]] gewählt.
Mit der [[Linken|ORG]] will die [[SPD|ORG]] in [[Bremen|PLACE]] weiter koalieren.
Der Abgeordnete ist aus der [[Linken|ORG]] ausgetreten und sitzt nun als Fraktionsloser im Parlament.
Er hob die linke Hand zum Schwur. Die Zeremonie dauerte nur wenige Minuten.
Die [[Freien Wähler|ORG]] wollen bei der nächsten Wahl in drei weiteren Ländern antreten.
Der Chef der [[Freien Wähler|ORG]] kündigte eine Kampagne gegen die Erbschaftsteuer an.
In [[Bayern|PLACE]] regiert die [[CSU|ORG]] zusammen mit den [[Freien Wählern|ORG]].
Die [[Union|ORG]] liegt in den Umfragen vorn, die [[SPD|ORG]] verliert leicht.
Der Fraktionschef der [[Union|ORG]] lehnte den Vorschlag ab.
In der [[Union|ORG]] wächst der Unmut über den Kurs in der Rentenpolitik.
Die Grünen-Fraktion wirft der [[Union|ORG]] Blockade vor.
Die Währungsunion hat den Handel zwischen den Mitgliedstaaten erleichtert.
Die [[Junge Union|ORG]] hat ihren Deutschlandtag in [[Rust|PLACE]] abgehalten.
Delegierte der [[Jungen Union|ORG]] kritisierten das Rentenpaket.
Die [[Alternative für Deutschland|ORG]] ist nach Einschätzung des Verfassungsschutzes in mehreren Ländern gesichert rechtsextremistisch.
Die Abgeordneten der [[Alternative für Deutschland|ORG]] verließen den Saal.
Das [[Bündnis Sahra Wagenknecht|ORG]] will sich einen neuen Namen geben.
Die Mitglieder des [[Bündnisses Sahra Wagenknecht|ORG]] stimmten auf dem Parteitag ab.
Die [[Sozialdemokratische Partei Deutschlands|ORG]] wurde 1863 in [[Leipzig|PLACE]] gegründet.
Die Geschichte der [[Sozialdemokratischen Partei Deutschlands|ORG]] ist auch eine Geschichte der Arbeiterbewegung.
Die [[Christlich-Soziale Union|ORG]] tritt nur in [[Bayern|PLACE]] an.
Der Vorsitzende der [[Christlich-Sozialen Union|ORG]] sprach in [[Passau|PLACE]] beim [[Politischen Aschermittwoch|EVENT]].
Die [[Freie Demokratische Partei|ORG]] sucht nach dem Ausscheiden aus dem [[Bundestag|ORG]] einen Neuanfang.
Im Vorstand der [[Freien Demokratischen Partei|ORG]] gab es Widerstand gegen den Kurs.
Die [[Neos|ORG]] sind in [[Österreich|PLACE]] erstmals Teil der Bundesregierung.
Mit den [[Neos|ORG]] und der [[SPÖ|ORG]] bildet die [[ÖVP|ORG]] eine Dreierkoalition.
Die Abgeordneten der [[FPÖ|ORG]] stimmten gegen das Budget.
Die [[Mitte|ORG]] hat in der [[Schweiz|PLACE]] einen neuen Parteipräsidenten gewählt.
Der [[Bundesgerichtshof|ORG]] hat ein Grundsatzurteil zum Widerrufsrecht gefällt.
Nach einem Urteil des [[Bundesgerichtshofs|ORG]] müssen Banken unzulässige Gebühren erstatten.
Die Richter des [[Bundesgerichtshofes|ORG]] sahen keinen Rechtsfehler.
Die Verbraucherschützer hatten sich an den [[Bundesgerichtshof|ORG]] gewandt.
Am [[Bundesgerichtshof|ORG]] in [[Karlsruhe|PLACE]] wird am Dienstag über den Fall verhandelt.
Das [[Bundesverfassungsgericht|ORG]] hat die Wahlrechtsreform teilweise gebilligt.
Die Entscheidung des [[Bundesverfassungsgerichts|ORG]] ist für alle Verfassungsorgane bindend.
Die Opposition will das Gesetz vom [[Bundesverfassungsgericht|ORG]] überprüfen lassen.
Die Kläger riefen das [[Bundesverfassungsgericht|ORG]] an.
Der [[Bundestag|ORG]] hat das Rentenpaket mit den Stimmen der Koalition beschlossen.
Die Präsidentin des [[Bundestags|ORG]] rief die Abgeordneten zur Ordnung.
Der Ältestenrat des [[Bundestages|ORG]] berät über eine Reform der Geschäftsordnung.
Im [[Bundestag|ORG]] sitzen seit der Wahl nur noch fünf Fraktionen.
Die Regierung will den [[Bundestag|ORG]] noch vor der Sommerpause abstimmen lassen.
Der [[Bundesrat|ORG]] hat dem Gesetz zugestimmt.
Die Länderkammer, der [[Bundesrat|ORG]], tagt am Freitag.
Die Zustimmung des [[Bundesrats|ORG]] gilt als sicher.
Eine Mehrheit im [[Bundesrat|ORG]] ist für die Koalition nicht in Sicht.
Das Gesetz bedarf der Zustimmung des [[Bundesrates|ORG]].
Das [[Bundeskartellamt|ORG]] hat die Übernahme unter Auflagen genehmigt.
Die Prüfer des [[Bundeskartellamts|ORG]] hatten Bedenken wegen der Marktmacht.
Dem [[Bundeskartellamt|ORG]] liegen Beschwerden von Händlern vor.
Der Präsident des [[Bundesamts für Migration und Flüchtlinge|ORG]] erwartet weniger Asylanträge.
Beim [[Bundesamt für Migration und Flüchtlinge|ORG]] stapeln sich die Akten.
Das [[Bundesamt für Verfassungsschutz|ORG]] warnt vor Sabotage durch ausländische Geheimdienste.
Der Bericht des [[Bundesamts für Verfassungsschutz|ORG]] verzeichnet mehr Extremisten als im Vorjahr.
Das [[Robert Koch-Institut|ORG]] meldet eine steigende Zahl von Grippefällen.
Nach Daten des [[Robert Koch-Instituts|ORG]] sind vor allem Kinder betroffen.
Das [[Kraftfahrt-Bundesamt|ORG]] hat einen Rückruf für 60.000 Fahrzeuge angeordnet.
Die Zulassungszahlen des [[Kraftfahrt-Bundesamts|ORG]] zeigen einen Anstieg bei Elektroautos.
Nach Zahlen des [[Kraftfahrt-Bundesamtes|ORG]] ist jedes fünfte neue Auto elektrisch.
Das [[Umweltbundesamt|ORG]] rät zu sparsamem Heizen.
Laut einer Studie des [[Umweltbundesamts|ORG]] ist die Luft in den Städten besser geworden.
Das [[Bundeskriminalamt|ORG]] hat eine internationale Fahndung eingeleitet.
Ermittler des [[Bundeskriminalamts|ORG]] durchsuchten Wohnungen in fünf Ländern.
Die Akten wurden dem [[Bundeskriminalamt|ORG]] übergeben.
Das [[Bundesinnenministerium|ORG]] prüft ein Verbot der Gruppe.
Ein Sprecher des [[Bundesinnenministeriums|ORG]] wollte sich nicht äußern.
Das [[Bundesfinanzministerium|ORG]] hat den Entwurf an die Länder verschickt.
Aus dem [[Bundesfinanzministerium|ORG]] hieß es, die Zahlen seien vorläufig.
Die Experten des [[Bundesfinanzministeriums|ORG]] rechnen mit Steuermehreinnahmen.
Das [[Bundesgesundheitsministerium|ORG]] will die Apothekenreform überarbeiten.
Nach Angaben des [[Bundesgesundheitsministeriums|ORG]] fehlen Tausende Pflegekräfte.
Das [[Bundesministerium für Bildung und Forschung|ORG]] fördert das Projekt mit zwölf Millionen Euro.
Eine Sprecherin des [[Bundesministeriums der Verteidigung|ORG]] bestätigte den Auftrag.
Das [[Bundeskanzleramt|ORG]] hat die Sitzung kurzfristig abgesagt.
Der Chef des [[Bundeskanzleramts|ORG]] koordiniert die Arbeit der Ministerien.
Der [[Bundesrechnungshof|ORG]] hat die Planung der Kaserne kritisiert.
Die Prüfer des [[Bundesrechnungshofs|ORG]] bemängelten fehlende Wirtschaftlichkeitsberechnungen.
Die [[Bundesagentur für Arbeit|ORG]] meldet mehr Kurzarbeit.
Die Chefin der [[Bundesagentur für Arbeit|ORG]] sieht den Arbeitsmarkt unter Druck.
Die [[Bundesnetzagentur|ORG]] hat die Netzentgelte für das kommende Jahr festgelegt.
Nach Berechnungen der [[Bundesnetzagentur|ORG]] sinken die Entgelte leicht.
Der Präsident der [[Bundesnetzagentur|ORG]] warnt vor Engpässen beim Netzausbau.
Die [[Bundeswehr|ORG]] soll in den kommenden Jahren deutlich wachsen.
Der Generalinspekteur der [[Bundeswehr|ORG]] forderte mehr Tempo bei der Beschaffung.
Bei der [[Bundeswehr|ORG]] haben sich mehr Freiwillige gemeldet.
Die [[Bundespolizei|ORG]] hat an den Bahnhöfen mehr Kontrollen angekündigt.
Beamte der [[Bundespolizei|ORG]] griffen einen Mann am Bahnhof auf.
# Orte: Länder mit Artikel, Genitive von Ländern und Städten
Die [[Vereinigten Staaten|PLACE]] haben neue Zölle auf Stahl angekündigt.
Der Präsident der [[Vereinigten Staaten|PLACE]] empfing den Kanzler in [[Washington|PLACE]].
In den [[Vereinigten Staaten|PLACE]] ist die Arbeitslosigkeit leicht gestiegen.
Viele Studierende zieht es für ein Auslandsjahr in die [[Vereinigten Staaten|PLACE]].
Die Exporte in die [[Vereinigten Staaten|PLACE]] sind im dritten Quartal eingebrochen.
Mit den [[Vereinigten Staaten|PLACE]] verhandelt die [[EU-Kommission|ORG]] über ein Handelsabkommen.
Das [[Vereinigte Königreich|PLACE]] hat die Einreiseregeln verschärft.
Die Wirtschaft des [[Vereinigten Königreichs|PLACE]] ist im Sommer kaum gewachsen.
Im [[Vereinigten Königreich|PLACE]] steigen die Energiepreise erneut.
Die [[Vereinigten Arabischen Emirate|PLACE]] investieren Milliarden in Rechenzentren.
Der Außenminister reiste in die [[Vereinigten Arabischen Emirate|PLACE]] und nach [[Katar|PLACE]].
Mit den [[Vereinigten Arabischen Emiraten|PLACE]] wurde ein Abkommen über Wasserstoff geschlossen.
Die [[Niederlande|PLACE]] haben ein neues Parlament gewählt.
Die Regierung der [[Niederlande|PLACE]] will die Zahl der Flüge in [[Schiphol|PLACE]] begrenzen.
In den [[Niederlanden|PLACE]] ist Radfahren für viele Menschen selbstverständlich.
Die Spedition liefert Blumen aus den [[Niederlanden|PLACE]] nach ganz [[Europa|PLACE]].
Die [[Schweiz|PLACE]] stimmt im Juni über zwei Volksinitiativen ab.
Die Neutralität der [[Schweiz|PLACE]] wird im Parlament neu diskutiert.
In der [[Schweiz|PLACE]] sind die Mieten im vergangenen Jahr stark gestiegen.
Viele Grenzgänger pendeln täglich in die [[Schweiz|PLACE]].
Die [[Türkei|PLACE]] erhöht erneut den Mindestlohn.
Die Inflation in der [[Türkei|PLACE]] bleibt hoch.
Die Küste der [[Türkei|PLACE]] ist bei deutschen Urlaubern beliebt.
Immer mehr Rentner ziehen für den Winter in die [[Türkei|PLACE]].
Die [[Ukraine|PLACE]] hat weitere Hilfe für den Wiederaufbau erhalten.
Die Energieversorgung der [[Ukraine|PLACE]] ist nach den Angriffen stark beschädigt.
Die Hilfsgüter sollen in der [[Ukraine|PLACE]] an Krankenhäuser verteilt werden.
Der Konvoi brach am Morgen in die [[Ukraine|PLACE]] auf.
Die [[Slowakei|PLACE]] hat ein neues Mediengesetz beschlossen.
Die Autoindustrie der [[Slowakei|PLACE]] ist stark vom Export abhängig.
In der [[Mongolei|PLACE]] hat es den kältesten Winter seit Jahrzehnten gegeben.
Der [[Iran|PLACE]] hat die Zusammenarbeit mit den Inspekteuren eingeschränkt.
Das Atomprogramm des [[Iran|PLACE]] beschäftigt die Diplomaten seit Jahren.
Die Proteste im [[Iran|PLACE]] halten an.
Die Exporte in den [[Iran|PLACE]] sind nahezu zum Erliegen gekommen.
Der [[Irak|PLACE]] will mehr Öl fördern.
Im Norden des [[Irak|PLACE]] wurden die Stellungen der Miliz angegriffen.
Der [[Libanon|PLACE]] hat einen neuen Präsidenten.
Im Süden des [[Libanon|PLACE]] kehren die ersten Familien zurück.
Die Helfer brachten Medikamente in den [[Libanon|PLACE]].
Der [[Sudan|PLACE]] erlebt eine der schwersten humanitären Krisen der Welt.
Aus dem [[Sudan|PLACE]] sind Millionen Menschen in die Nachbarländer geflohen.
Die [[Tschechische Republik|PLACE]] hat einen neuen Ministerpräsidenten.
Die Wirtschaft der [[Tschechischen Republik|PLACE]] wächst wieder.
In der [[Demokratischen Republik Kongo|PLACE]] gehen die Kämpfe weiter.
Die Rohstoffe der [[Demokratischen Republik Kongo|PLACE]] sind begehrt.
Die [[Dominikanische Republik|PLACE]] ist ein beliebtes Ziel für Fernreisen.
Die [[Zentralafrikanische Republik|PLACE]] zählt zu den ärmsten Ländern der Welt.
Die [[Elfenbeinküste|PLACE]] ist der größte Kakaoproduzent der Welt.
Der Kakao aus der [[Elfenbeinküste|PLACE]] ist teurer geworden.
Die [[USA|PLACE]] und [[China|PLACE]] haben ihren Handelsstreit vorerst beigelegt.
[[Bayerns|PLACE]] Wirtschaftsminister fordert günstigere Strompreise für die Industrie.
Die Landesregierung [[Bayerns|PLACE]] will mehr Lehrer einstellen.
[[Baden-Württembergs|PLACE]] Ministerpräsident will die Autoindustrie stärken.
Die Hochschulen [[Baden-Württembergs|PLACE]] bekommen mehr Geld.
Die Wälder [[Baden-Württembergs|PLACE]] leiden unter Trockenheit.
[[Nordrhein-Westfalens|PLACE]] Innenminister stellt das Lagebild zur Clankriminalität vor.
Die Städte [[Nordrhein-Westfalens|PLACE]] sind hoch verschuldet.
[[Niedersachsens|PLACE]] Landwirtschaftsministerin warnte vor der Geflügelpest.
Die Küste [[Niedersachsens|PLACE]] ist durch den steigenden Meeresspiegel bedroht.
[[Hessens|PLACE]] Innenminister will mehr Videoüberwachung.
[[Sachsens|PLACE]] Kultusminister plant eine Reform der Oberschulen.
[[Thüringens|PLACE]] Landtag hat einen neuen Präsidenten gewählt.
[[Brandenburgs|PLACE]] Wirtschaft profitiert von der Ansiedlung neuer Fabriken.
[[Sachsen-Anhalts|PLACE]] Finanzminister legte den Haushaltsentwurf vor.
[[Mecklenburg-Vorpommerns|PLACE]] Tourismusbranche meldet einen Rekordsommer.
[[Schleswig-Holsteins|PLACE]] Küste wird mit neuen Deichen geschützt.
[[Rheinland-Pfalz|PLACE]] und das [[Saarland|PLACE]] wollen bei der Polizei enger zusammenarbeiten.
Die Staatskanzlei des [[Saarlandes|PLACE]] bestätigte das Treffen.
Im [[Saarland|PLACE]] gibt es so wenige Geburten wie nie.
[[Berlins|PLACE]] Verkehrssenatorin will mehr Radwege bauen.
Die Bezirke [[Berlins|PLACE]] klagen über zu wenig Personal.
[[Hamburgs|PLACE]] Hafen verliert Marktanteile an [[Rotterdam|PLACE]] und [[Antwerpen|PLACE]].
Der Erste Bürgermeister [[Hamburgs|PLACE]] empfing die Delegation im Rathaus.
[[Münchens|PLACE]] Oberbürgermeister will den Verkehr in der Altstadt beruhigen.
Die Mieten [[Münchens|PLACE]] sind die höchsten im Land.
[[Kölns|PLACE]] Stadtrat hat den Haushalt beschlossen.
[[Frankfurts|PLACE]] Skyline wird um ein weiteres Hochhaus wachsen.
[[Stuttgarts|PLACE]] neuer Bahnhof wird später fertig als geplant.
[[Dresdens|PLACE]] Altstadt lockt jedes Jahr Millionen Touristen.
[[Leipzigs|PLACE]] Bevölkerung wächst weiter.
[[Düsseldorfs|PLACE]] Oberbürgermeister lud zum Neujahrsempfang.
[[Deutschlands|PLACE]] Exporteure blicken pessimistisch in die Zukunft.
Die Zukunft [[Deutschlands|PLACE]] als Industriestandort ist ungewiss.
[[Europas|PLACE]] Autobauer stehen unter Druck.
Die Sicherheit [[Europas|PLACE]] hängt auch von der [[Nato|ORG]] ab.
[[Österreichs|PLACE]] Bundeskanzler reist nach [[Brüssel|PLACE]].
Die Wirtschaft [[Österreichs|PLACE]] erholt sich langsam.
[[Frankreichs|PLACE]] Präsident hat einen neuen Premierminister ernannt.
[[Italiens|PLACE]] Regierungschefin besuchte die Unwettergebiete.
[[Polens|PLACE]] Armee soll die größte in [[Europa|PLACE]] werden.
[[Spaniens|PLACE]] Wirtschaft wächst stärker als die der meisten EU-Länder.
[[Russlands|PLACE]] Angriffe auf die Energieversorgung gehen weiter.
[[Chinas|PLACE]] Exporte sind im Oktober gestiegen.
[[Japans|PLACE]] Notenbank hat die Zinsen angehoben.
[[Indiens|PLACE]] Bevölkerung ist größer als die jedes anderen Landes.
[[Brasiliens|PLACE]] Regenwald schrumpft langsamer als zuvor.
[[Kanadas|PLACE]] Premierminister will die Handelsbeziehungen mit [[Europa|PLACE]] ausbauen.
[[Griechenlands|PLACE]] Inseln kämpfen mit Wassermangel.
[[Norwegens|PLACE]] Staatsfonds ist der größte der Welt.
# Regionen, Gewässer, Plätze mit Adjektiv; Vereine in allen Fällen
Der [[Bayerische Wald|PLACE]] ist das älteste Nationalparkgebiet [[Deutschlands|PLACE]].
Die Wanderwege des [[Bayerischen Waldes|PLACE]] sind nach dem Sturm wieder frei.
Im [[Bayerischen Wald|PLACE]] hat sich der Luchs wieder angesiedelt.
Viele Urlauber fahren im Herbst in den [[Bayerischen Wald|PLACE]].
Die [[Sächsische Schweiz|PLACE]] lockt mit ihren Sandsteinfelsen Kletterer aus ganz [[Europa|PLACE]].
Die Brücken der [[Sächsischen Schweiz|PLACE]] sind bei Fotografen beliebt.
In der [[Sächsischen Schweiz|PLACE]] hat es erneut gebrannt.
Die [[Schwäbische Alb|PLACE]] ist ein Biosphärengebiet.
Auf der [[Schwäbischen Alb|PLACE]] lag am Morgen Schnee.
Die [[Fränkische Schweiz|PLACE]] ist für ihre Brauereien bekannt.
Der [[Nahe Osten|PLACE]] kommt nicht zur Ruhe.
Die Lage im [[Nahen Osten|PLACE]] beschäftigt den [[UN-Sicherheitsrat|ORG]].
Die Staaten des [[Nahen Ostens|PLACE]] beraten über einen Wiederaufbaufonds.
Der Sondergesandte reist in den [[Nahen Osten|PLACE]].
Das [[Rote Meer|PLACE]] gilt für Handelsschiffe weiterhin als gefährlich.
Im [[Roten Meer|PLACE]] wurden erneut Frachter angegriffen.
Die Korallenriffe des [[Roten Meeres|PLACE]] sind bei Tauchern beliebt.
Viele Reedereien meiden das [[Rote Meer|PLACE]] und fahren um [[Afrika|PLACE]] herum.
Das [[Schwarze Meer|PLACE]] ist für die Getreideexporte wichtig.
An der Küste des [[Schwarzen Meeres|PLACE]] wurden Minen entdeckt.
Im [[Schwarzen Meer|PLACE]] patrouillieren Kriegsschiffe.
Das Wasser des [[Mittelmeers|PLACE]] ist so warm wie selten.
Im [[Mittelmeer|PLACE]] wurden Hunderte Menschen aus Seenot gerettet.
Die Strömungen des [[Atlantiks|PLACE]] verändern sich.
Über dem [[Atlantik|PLACE]] hat sich ein Sturmtief gebildet.
Die Ufer des [[Bodensees|PLACE]] sind im Sommer voller Badegäste.
Der Wasserstand des [[Rheins|PLACE]] ist gesunken.
Die Schiffe auf dem [[Rhein|PLACE]] können nur noch wenig laden.
Die Brücken über den [[Rhein|PLACE]] müssen saniert werden.
Das Tal des [[Neckars|PLACE]] ist für seinen Weinbau bekannt.
Die Ufer des [[Mains|PLACE]] in [[Frankfurt|PLACE]] wurden neu gestaltet.
Die Schifffahrt auf der [[Donau|PLACE]] ist wieder freigegeben.
Die Pegel der [[Elbe|PLACE]] steigen weiter.
Die Gletscher der [[Alpen|PLACE]] schmelzen schneller als erwartet.
In den [[Alpen|PLACE]] hat die Wintersaison begonnen.
Die Hütten der [[Alpen|PLACE]] sind im Sommer ausgebucht.
Die Wälder des [[Harzes|PLACE]] erholen sich langsam.
Der Gipfel der [[Zugspitze|PLACE]] war in Wolken gehüllt.
Die Nordwand des [[Eigers|PLACE]] gilt als eine der schwierigsten Kletterrouten.
Die Besteigung des [[Matterhorns|PLACE]] kostete in diesem Sommer mehrere Menschen das Leben.
Die Bebauung des [[Tempelhofer Feldes|PLACE]] bleibt umstritten.
Auf dem [[Tempelhofer Feld|PLACE]] lassen Familien Drachen steigen.
Die Wiesen des [[Englischen Gartens|PLACE]] sind an warmen Tagen voll.
Im [[Englischen Garten|PLACE]] wurde eine neue Brücke eröffnet.
Die Geschäfte des [[Kurfürstendamms|PLACE]] melden weniger Kundschaft.
Die Sanierung des [[Brandenburger Tors|PLACE]] ist abgeschlossen.
Vor dem [[Brandenburger Tor|PLACE]] versammelten sich Tausende Demonstranten.
Die Hochhäuser des [[Potsdamer Platzes|PLACE]] wurden in den 1990er Jahren gebaut.
Die Touristen drängten sich auf dem [[Roten Platz|PLACE]] in [[Moskau|PLACE]].
Die Kuppel des [[Kölner Doms|PLACE]] wird restauriert.
Der Turm des [[Stephansdoms|PLACE]] ist eingerüstet.
Die Zufahrt zum [[Hamburger Hafen|PLACE]] wird vertieft.
Die Containerterminals des [[Hamburger Hafens|PLACE]] wurden bestreikt.
Die Sanierung des [[Ruhrgebiets|PLACE]] hat Milliarden gekostet.
Die Städte des [[Ruhrgebiets|PLACE]] wollen enger zusammenarbeiten.
Die Dörfer des [[Allgäus|PLACE]] setzen auf sanften Tourismus.
Die Seen des [[Salzkammerguts|PLACE]] sind bei Urlaubern beliebt.
Die Weinberge der [[Wachau|PLACE]] gehören zum Welterbe.
Der [[FC Bayern|ORG]] hat sein Heimspiel gewonnen.
Der Vorstand des [[FC Bayern|ORG]] verlängerte den Vertrag mit dem Trainer.
Beim [[FC Bayern|ORG]] gibt es Ärger um die Aufstellung.
Die Fans haben den [[FC Bayern|ORG]] nach dem Spiel gefeiert.
[[Bayerns|ORG]] Trainer [[Vincent Kompany|PERSON]] sprach von einem verdienten Sieg.
[[Bayerns|ORG]] Abwehr stand sicher, der Sturm traf dreimal.
[[Bayerns|PLACE]] Ministerpräsident gratulierte dem Verein zur Meisterschaft.
[[Dortmunds|ORG]] Torwart hielt einen Elfmeter.
[[Leverkusens|ORG]] Sportdirektor kündigte Neuzugänge an.
[[Freiburgs|ORG]] Trainer war mit dem Punkt zufrieden.
[[Stuttgarts|ORG]] Stürmer traf zweimal.
[[Werders|ORG]] Abwehr wackelte in der Schlussphase bedenklich.
[[Schalkes|ORG]] Fans feierten den Sieg im Revierderby.
[[Gladbachs|ORG]] Sportchef verteidigte die Entscheidung.
[[Wolfsburgs|ORG]] Kapitänin führte die Mannschaft zum Titel.
Der Trainer des [[VfB Stuttgart|ORG]] muss auf vier Stammspieler verzichten.
Die Fans des [[Hamburger SV|ORG]] füllten das Stadion.
Die Spieler des [[1. FC Köln|ORG]] bedankten sich bei den Anhängern.
Der Präsident des [[SC Freiburg|ORG]] kündigte einen Neubau des Trainingszentrums an.
Der Manager des [[FC St. Pauli|ORG]] stellte einen neuen Sponsor vor.
Die Geschäftsführung von [[Borussia Dortmund|ORG]] legte Zahlen vor.
Gegen [[Borussia Dortmund|ORG]] verlor der Aufsteiger knapp.
Bei [[Eintracht Frankfurt|ORG]] hat ein neuer Vorstand übernommen.
Der Stürmer wechselt von [[Werder Bremen|ORG]] zur [[TSG Hoffenheim|ORG]].
Die Trainerin der [[TSG Hoffenheim|ORG]] lobte ihre Mannschaft.
Mit der [[Eintracht|ORG]] steht der Klub in der Tabelle punktgleich.
Der Kapitän der [[Eintracht|ORG]] traf zum Ausgleich.
Die Anhänger der [[Hertha|ORG]] demonstrierten vor der Geschäftsstelle.
Die Spieler von [[Union Berlin|ORG]] feierten in der [[Alten Försterei|PLACE]].
Beim [[VfL Bochum|ORG]] steht der Trainer in der Kritik.
Der Kader des [[1. FC Heidenheim|ORG]] wird im Sommer umgebaut.
Die Zuschauer im Stadion des [[FC Augsburg|ORG]] sahen ein torloses Spiel.
Die Mannschaft des [[THW Kiel|ORG]] spielte vor ausverkauftem Haus.
Die Basketballer von [[Alba Berlin|ORG]] gewannen in [[Ulm|PLACE]].
Der Torhüter der [[Eisbären Berlin|ORG]] hielt alle Schüsse.
Der Trainer von [[Rapid Wien|ORG]] ist zurückgetreten.
Die Fans der [[Austria Wien|ORG]] zogen friedlich durch die Stadt.
Die Spieler des [[FC Basel|ORG]] bejubelten den Meistertitel.
Der Präsident der [[Young Boys|ORG]] kündigte einen Trainerwechsel an.
Das Stadion von [[Sturm Graz|ORG]] wird ausgebaut.
Sturm und Abwehr des [[LASK|ORG]] überzeugten beim Sieg gegen [[Red Bull Salzburg|ORG]].
# Österreich und Schweiz: Namen in allen Fällen; Vereinte Nationen und andere
Die [[Österreichischen Bundesbahnen|ORG]] bestellen weitere Nachtzüge.
Der Chef der [[Österreichischen Bundesbahnen|ORG]] kündigte mehr Verbindungen nach [[Deutschland|PLACE]] an.
Mit den [[Österreichischen Bundesbahnen|ORG]] reisen jedes Jahr mehr Fahrgäste.
Die Gewerkschaft hat die [[Österreichischen Bundesbahnen|ORG]] zu neuen Verhandlungen aufgefordert.
Die [[Schweizerischen Bundesbahnen|ORG]] haben die Pünktlichkeit im Fernverkehr verbessert.
Die Züge der [[Schweizerischen Bundesbahnen|ORG]] fahren ab Dezember im Halbstundentakt.
Bei den [[Schweizerischen Bundesbahnen|ORG]] beginnt der Fahrplanwechsel am Sonntag.
Die [[Schweizerische Nationalbank|ORG]] hat ihren Geschäftsbericht vorgelegt.
Das Direktorium der [[Schweizerischen Nationalbank|ORG]] tritt am Donnerstag vor die Presse.
Die Kantone hoffen auf eine Ausschüttung der [[Schweizerischen Nationalbank|ORG]].
Die [[Oesterreichische Nationalbank|ORG]] erwartet ein schwaches Wachstum.
Der Gouverneur der [[Oesterreichischen Nationalbank|ORG]] warnte vor neuen Schulden.
Der [[Österreichische Gewerkschaftsbund|ORG]] fordert eine höhere Pendlerpauschale.
Die Präsidentin des [[Österreichischen Gewerkschaftsbundes|ORG]] kritisierte die Sparpläne.
Der [[Österreichische Rundfunk|ORG]] muss sparen.
Der Stiftungsrat des [[Österreichischen Rundfunks|ORG]] hat den Generaldirektor bestätigt.
Das Finale wird im [[Österreichischen Rundfunk|ORG]] live übertragen.
Die [[Österreichische Gesundheitskasse|ORG]] erhöht die Beiträge nicht.
Versicherte der [[Österreichischen Gesundheitskasse|ORG]] müssen länger auf Termine warten.
Der [[Österreichische Fußball-Bund|ORG]] hat den Vertrag mit dem Teamchef verlängert.
Der Präsident des [[Österreichischen Fußball-Bundes|ORG]] lobte die Nationalmannschaft.
Die [[Österreichische Post|ORG]] stellt auf Elektrofahrzeuge um.
Der [[Schweizerische Fussballverband|ORG]] hat eine neue Nationaltrainerin vorgestellt.
Der Präsident des [[Schweizerischen Fussballverbands|ORG]] zog eine positive Bilanz der Heim-EM.
Der [[Schweizerische Gewerkschaftsbund|ORG]] lanciert eine Initiative für höhere Renten.
Die Delegierten des [[Schweizerischen Gewerkschaftsbundes|ORG]] stimmten einstimmig zu.
Der [[Schweizerische Gewerbeverband|ORG]] lehnt die Vorlage ab.
Die [[Schweizerische Radio- und Fernsehgesellschaft|ORG]] muss ihr Budget kürzen.
Die Gebühren der [[Schweizerischen Radio- und Fernsehgesellschaft|ORG]] sollen sinken.
Die [[Schweizerische Post|ORG]] schließt weitere Filialen.
Der Verwaltungsrat der [[Schweizerischen Post|ORG]] hat einen neuen Präsidenten gewählt.
Die [[Wiener Linien|ORG]] bauen die neue U-Bahn-Linie U5.
Die Fahrgäste der [[Wiener Linien|ORG]] müssen sich auf Sperren einstellen.
Mit den [[Wiener Linien|ORG]] fahren täglich mehr als zwei Millionen Menschen.
Die [[Wiener Philharmoniker|ORG]] spielen das Neujahrskonzert.
Den [[Wiener Philharmonikern|ORG]] gelang ein umjubeltes Konzert in [[Salzburg|PLACE]].
Die [[Wiener Staatsoper|ORG]] hat ihren Spielplan vorgestellt.
Die Direktorin der [[Wiener Staatsoper|ORG]] setzt auf junge Sängerinnen.
Die [[Steiermark|PLACE]] hat einen neuen Landeshauptmann.
Die Wälder der [[Steiermark|PLACE]] wurden vom Borkenkäfer befallen.
In der [[Steiermark|PLACE]] wurde ein Bär gesichtet.
Viele Urlauber fahren im Sommer in die [[Steiermark|PLACE]].
[[Tirols|PLACE]] Landeshauptmann fordert strengere Regeln für den Transitverkehr.
Die Gletscher [[Tirols|PLACE]] verlieren jedes Jahr an Masse.
[[Kärntens|PLACE]] Seen haben Trinkwasserqualität.
[[Vorarlbergs|PLACE]] Industrie exportiert vor allem in die [[Schweiz|PLACE]] und nach [[Deutschland|PLACE]].
[[Oberösterreichs|PLACE]] Wirtschaft ist stark von der Autoindustrie abhängig.
[[Niederösterreichs|PLACE]] Landeshauptfrau lud zum Gipfel nach [[St. Pölten|PLACE]].
Die Landesregierung [[Salzburgs|PLACE]] will mehr leistbare Wohnungen bauen.
[[Wiens|PLACE]] Bürgermeister eröffnete den Weihnachtsmarkt vor dem Rathaus.
Die Bezirke [[Wiens|PLACE]] bekommen mehr Geld für Begrünung.
[[Graz|PLACE]]’ Bürgermeisterin will den Radverkehr stärken.
Das [[Burgenland|PLACE]] setzt auf Windkraft.
Die Windräder des [[Burgenlandes|PLACE]] liefern mehr Strom, als das Land verbraucht.
Im [[Burgenland|PLACE]] wird die Weinlese früher als sonst beendet.
[[Zürichs|PLACE]] Stadtrat hat das Budget für das kommende Jahr vorgelegt.
Die Banken [[Zürichs|PLACE]] beschäftigen Zehntausende Menschen.
[[Genfs|PLACE]] Uhrenindustrie kämpft mit den Zöllen.
[[Basels|PLACE]] Pharmaindustrie investiert in neue Labore.
[[Graubündens|PLACE]] Bergdörfer kämpfen gegen die Abwanderung.
Die Pässe [[Graubündens|PLACE]] sind im Winter gesperrt.
Die Gemeinden des [[Wallis|PLACE]] bereiten sich auf Murgänge vor.
Im [[Wallis|PLACE]] ist ein Gletscher abgebrochen.
Das [[Tessin|PLACE]] meldet einen Rekord bei den Übernachtungen.
Die Pendler aus dem [[Tessin|PLACE]] fahren täglich nach [[Italien|PLACE]].
Der [[Aargau|PLACE]] baut ein neues Kantonsspital.
Im [[Aargau|PLACE]] wurde die Steuer gesenkt.
Der [[Thurgau|PLACE]] ist für seine Apfelplantagen bekannt.
Im [[Emmental|PLACE]] wird seit Jahrhunderten Käse hergestellt.
Das [[Berner Oberland|PLACE]] rechnet mit einem starken Wintergeschäft.
Die Hotels des [[Berner Oberlandes|PLACE]] sind ausgebucht.
Die [[Vereinten Nationen|ORG]] warnen vor einer Hungersnot.
Der Generalsekretär der [[Vereinten Nationen|ORG]] rief zu einer Waffenruhe auf.
Bei den [[Vereinten Nationen|ORG]] in [[New York|PLACE]] beginnt die Generaldebatte.
Die Regierung hat die [[Vereinten Nationen|ORG]] um Hilfe gebeten.
Die [[Afrikanische Union|ORG]] vermittelt im Konflikt.
Die Staaten der [[Afrikanischen Union|ORG]] beraten in [[Addis Abeba|PLACE]].
Die [[Arabische Liga|ORG]] hat zu einem Sondergipfel eingeladen.
Die Außenminister der [[Arabischen Liga|ORG]] trafen sich in [[Kairo|PLACE]].
Der [[Internationale Strafgerichtshof|ORG]] hat einen Haftbefehl erlassen.
Die Anklägerin des [[Internationalen Strafgerichtshofs|ORG]] legte neue Beweise vor.
Am [[Internationalen Strafgerichtshof|ORG]] in [[Den Haag|PLACE]] beginnt ein neuer Prozess.
Die [[Internationale Energieagentur|ORG]] erwartet einen Rückgang der Ölnachfrage.
Nach Prognosen der [[Internationalen Energieagentur|ORG]] wächst der Strombedarf stark.
Die [[Internationale Atomenergiebehörde|ORG]] hat Inspekteure entsandt.
Die Inspekteure der [[Internationalen Atomenergiebehörde|ORG]] erhielten keinen Zugang zur Anlage.
Die [[Internationale Arbeitsorganisation|ORG]] hat ihren Bericht zur Kinderarbeit vorgelegt.
Die [[Europäische Investitionsbank|ORG]] finanziert den Bau der Stromleitung.
Ein Kredit der [[Europäischen Investitionsbank|ORG]] über 500 Millionen Euro wurde bewilligt.
Die [[Europäische Arzneimittel-Agentur|ORG]] hat den Impfstoff zugelassen.
Die Experten der [[Europäischen Arzneimittel-Agentur|ORG]] empfahlen die Zulassung.
Die [[Europäische Weltraumorganisation|ORG]] plant eine neue Mission zum Mond.
Die Satelliten der [[Europäischen Weltraumorganisation|ORG]] überwachen das Eis der [[Arktis|PLACE]].
Die [[Europäische Bankenaufsicht|ORG]] hat einen Stresstest angekündigt.
Die [[Europäische Staatsanwaltschaft|ORG]] ermittelt wegen Subventionsbetrugs.
Ermittler der [[Europäischen Staatsanwaltschaft|ORG]] durchsuchten Büros in [[Wien|PLACE]].
Das [[Deutsche Zentrum für Luft- und Raumfahrt|ORG]] testet ein neues Flugzeug.
Die Forscher des [[Deutschen Zentrums für Luft- und Raumfahrt|ORG]] in [[Köln|PLACE]] haben einen Satelliten entwickelt.
"""

FULL = r"""
# Abkürzung und voller Name: Bund, EU, Verbände
[[Frankfurt|PLACE]] (dpa) - Die [[Europäische Zentralbank|ORG]] ([[EZB|ORG]]) lässt den Leitzins unverändert. Die EZB-Präsidentin verwies auf die stabile Inflation.
Der Rat der [[Europäischen Zentralbank|ORG]] ([[EZB|ORG]]) hat die Anleihekäufe beendet. Die [[EZB|ORG]] will ihre Bilanz weiter verkleinern.
[[Karlsruhe|PLACE]] (dpa) - Der [[Bundesgerichtshof|ORG]] ([[BGH|ORG]]) hat die Rechte von Mietern gestärkt. Das BGH-Urteil betrifft Millionen Haushalte.
Nach einem Urteil des [[Bundesgerichtshofs|ORG]] ([[BGH|ORG]]) dürfen Vermieter Schönheitsreparaturen nicht pauschal verlangen.
Der [[BGH|ORG]] in [[Karlsruhe|PLACE]] hat das Urteil des [[Landgerichts Lübeck|ORG]] aufgehoben.
Das [[Bundesverfassungsgericht|ORG]] ([[BVerfG|ORG]]) hat den Eilantrag abgelehnt.
Das [[Bundesamt für Migration und Flüchtlinge|ORG]] ([[Bamf|ORG]]) hat im Oktober weniger Erstanträge registriert. Das [[Bamf|ORG]] sitzt in [[Nürnberg|PLACE]].
Das [[Bundesamt für Sicherheit in der Informationstechnik|ORG]] ([[BSI|ORG]]) warnt vor einer Sicherheitslücke in Routern.
Nach Einschätzung des [[BSI|ORG]] ist die Lage im Cyberraum angespannt. Die BSI-Präsidentin rief Unternehmen zu mehr Vorsorge auf.
Das [[Bundesamt für Verfassungsschutz|ORG]] ([[BfV|ORG]]) hat seinen Jahresbericht vorgestellt.
Das [[Bundeskriminalamt|ORG]] ([[BKA|ORG]]) hat bundesweit Wohnungen durchsuchen lassen. Die BKA-Ermittler stellten Computer sicher.
Das [[BKA|ORG]] in [[Wiesbaden|PLACE]] meldet eine Zunahme von Betrugsfällen im Internet.
Das [[Robert Koch-Institut|ORG]] ([[RKI|ORG]]) rät Älteren zur Auffrischungsimpfung.
Nach Angaben des [[RKI|ORG]] ist die Zahl der Masernfälle gestiegen.
Der [[Deutsche Wetterdienst|ORG]] ([[DWD|ORG]]) warnt vor Dauerregen im Südwesten.
Nach Angaben des [[DWD|ORG]] war der Oktober zu warm. Die DWD-Meteorologen sprechen von einem Trend.
Das [[Technische Hilfswerk|ORG]] ([[THW|ORG]]) ist mit 300 Helfern im Einsatz.
Die Helfer des [[THW|ORG]] pumpten die Keller leer.
Das [[Deutsche Rote Kreuz|ORG]] ([[DRK|ORG]]) sucht Freiwillige für den Katastrophenschutz.
Beim [[DRK|ORG]] gehen seit dem Unglück Spenden ein.
Der [[Internationale Währungsfonds|ORG]] ([[IWF|ORG]]) senkt seine Prognose für [[Deutschland|PLACE]].
Die Chefökonomin des [[IWF|ORG]] sieht Risiken durch Handelskonflikte.
Der [[Europäische Gerichtshof|ORG]] ([[EuGH|ORG]]) stärkt die Rechte von Fluggästen.
Nach einem Urteil des [[EuGH|ORG]] in [[Luxemburg|PLACE]] müssen Airlines auch bei Verspätungen wegen Personalmangels zahlen.
Der [[Europäische Gerichtshof für Menschenrechte|ORG]] ([[EGMR|ORG]]) hat [[Russland|PLACE]] verurteilt.
Die Richter des [[EGMR|ORG]] in [[Straßburg|PLACE]] sahen einen Verstoß gegen das Recht auf ein faires Verfahren.
Die [[Bundesanstalt für Finanzdienstleistungsaufsicht|ORG]] ([[Bafin|ORG]]) hat eine Sonderprüfung bei der Bank angeordnet.
Die [[Bafin|ORG]] verhängte ein Bußgeld von 1,5 Millionen Euro.
Das [[Kraftfahrt-Bundesamt|ORG]] ([[KBA|ORG]]) hat die Zulassungszahlen für Oktober veröffentlicht.
Laut [[KBA|ORG]] wurden mehr Elektroautos zugelassen als im Vorjahresmonat.
Die [[Bundesagentur für Arbeit|ORG]] ([[BA|ORG]]) meldet einen Anstieg der Arbeitslosigkeit.
Das [[Statistische Bundesamt|ORG]] ([[Destatis|ORG]]) hat die Inflationsrate bestätigt.
Das [[Deutsche Institut für Wirtschaftsforschung|ORG]] ([[DIW|ORG]]) rechnet mit einer Erholung im kommenden Jahr.
Das [[Institut der deutschen Wirtschaft|ORG]] ([[IW|ORG]]) hat eine Umfrage unter Unternehmen veröffentlicht.
Das [[Zentrum für Europäische Wirtschaftsforschung|ORG]] ([[ZEW|ORG]]) meldet eine bessere Stimmung unter Finanzexperten.
Die ZEW-Konjunkturerwartungen stiegen im November deutlich.
Das [[Institut für Arbeitsmarkt- und Berufsforschung|ORG]] ([[IAB|ORG]]) erwartet mehr Erwerbstätige.
Der [[Deutsche Gewerkschaftsbund|ORG]] ([[DGB|ORG]]) kritisiert die Pläne zur Arbeitszeit.
Die DGB-Chefin warnte vor einer Aushöhlung des Achtstundentags. Der [[DGB|ORG]] kündigte Proteste an.
Der [[Bundesverband der Deutschen Industrie|ORG]] ([[BDI|ORG]]) fordert niedrigere Energiepreise.
Die [[Deutsche Industrie- und Handelskammer|ORG]] ([[DIHK|ORG]]) erwartet weniger Ausbildungsverträge.
Der [[Zentralverband des Deutschen Handwerks|ORG]] ([[ZDH|ORG]]) fordert eine Entlastung bei den Sozialabgaben.
Der [[Verband der Automobilindustrie|ORG]] ([[VDA|ORG]]) senkt seine Produktionsprognose.
Die VDA-Präsidentin warnte vor Zöllen. Der [[VDA|ORG]] vertritt mehr als 650 Unternehmen.
Der [[Bundesverband der Energie- und Wasserwirtschaft|ORG]] ([[BDEW|ORG]]) rechnet mit sinkenden Strompreisen.
Die [[Ständige Impfkommission|ORG]] ([[Stiko|ORG]]) empfiehlt die Impfung für Schwangere.
Die Empfehlung der [[Stiko|ORG]] gilt ab sofort.
Die [[Europäische Arzneimittel-Agentur|ORG]] ([[EMA|ORG]]) prüft ein neues Alzheimer-Medikament.
Die [[Weltgesundheitsorganisation|ORG]] ([[WHO|ORG]]) hat den Gesundheitsnotstand aufgehoben.
Die [[Internationale Energieagentur|ORG]] ([[IEA|ORG]]) legt ihren Weltenergieausblick vor.
Die [[Organisation für wirtschaftliche Zusammenarbeit und Entwicklung|ORG]] ([[OECD|ORG]]) hat ihre Prognose angehoben.
Das [[Bundesamt für Strahlenschutz|ORG]] ([[BfS|ORG]]) misst keine erhöhte Radioaktivität.
Das [[Bundesinstitut für Risikobewertung|ORG]] ([[BfR|ORG]]) warnt vor Energydrinks für Kinder.
Das [[Bundesinstitut für Arzneimittel und Medizinprodukte|ORG]] ([[BfArM|ORG]]) meldet Lieferengpässe bei Antibiotika.
Das [[Paul-Ehrlich-Institut|ORG]] ([[PEI|ORG]]) hat die Charge freigegeben.
Das [[Friedrich-Loeffler-Institut|ORG]] ([[FLI|ORG]]) hat die Geflügelpest in dem Betrieb bestätigt.
Das [[Bundesamt für Bevölkerungsschutz und Katastrophenhilfe|ORG]] ([[BBK|ORG]]) testet die Warn-Apps.
Am Warntag wird das [[BBK|ORG]] um 11 Uhr Probealarm auslösen.
Das [[Bundesamt für Seeschifffahrt und Hydrographie|ORG]] ([[BSH|ORG]]) warnt vor einer Sturmflut.
Das [[Bundesamt für Naturschutz|ORG]] ([[BfN|ORG]]) zählt mehr Wölfe.
Das [[Bundesamt für Wirtschaft und Ausfuhrkontrolle|ORG]] ([[Bafa|ORG]]) hat die Förderanträge geprüft.
Das [[Eisenbahn-Bundesamt|ORG]] ([[EBA|ORG]]) hat die Strecke freigegeben.
Das [[Luftfahrt-Bundesamt|ORG]] ([[LBA|ORG]]) prüft den Vorfall am Flughafen.
Die [[Deutsche Flugsicherung|ORG]] ([[DFS|ORG]]) erwartet einen Rekord im Sommerverkehr.
Die Lotsen der [[DFS|ORG]] in [[Langen|PLACE]] kontrollieren den Luftraum über [[Deutschland|PLACE]].
Das [[Deutsche Zentrum für Luft- und Raumfahrt|ORG]] ([[DLR|ORG]]) testet in [[Braunschweig|PLACE]] ein Wasserstoffflugzeug.
Die [[Europäische Weltraumorganisation|ORG]] ([[Esa|ORG]]) hat den Start der Rakete verschoben.
Die [[Physikalisch-Technische Bundesanstalt|ORG]] ([[PTB|ORG]]) in [[Braunschweig|PLACE]] stellt die gesetzliche Zeit bereit.
Die [[Kassenärztliche Bundesvereinigung|ORG]] ([[KBV|ORG]]) warnt vor Praxisschließungen.
Die [[Deutsche Krankenhausgesellschaft|ORG]] ([[DKG|ORG]]) fordert einen Inflationsausgleich für die Kliniken.
Der [[Deutsche Hotel- und Gaststättenverband|ORG]] ([[Dehoga|ORG]]) begrüßt die niedrigere Mehrwertsteuer auf Speisen.
Die [[Deutsche Rentenversicherung|ORG]] ([[DRV|ORG]]) hat die Rentenerhöhung berechnet.
Die [[Deutsche Umwelthilfe|ORG]] ([[DUH|ORG]]) klagt gegen mehrere Städte.
Der [[Naturschutzbund Deutschland|ORG]] ([[Nabu|ORG]]) ruft zur Vogelzählung auf.
Der [[Bund für Umwelt und Naturschutz Deutschland|ORG]] ([[BUND|ORG]]) kritisiert den Bau der Autobahn.
Der [[Allgemeine Deutsche Automobil-Club|ORG]] ([[ADAC|ORG]]) erwartet volle Autobahnen.
Der [[Verkehrsclub Deutschland|ORG]] ([[VCD|ORG]]) fordert ein Tempolimit.
Die [[Gewerkschaft Deutscher Lokomotivführer|ORG]] ([[GDL|ORG]]) hat einen neuen Vorsitzenden.
Die [[Eisenbahn- und Verkehrsgewerkschaft|ORG]] ([[EVG|ORG]]) fordert mehr Lohn.
Die [[Gewerkschaft Erziehung und Wissenschaft|ORG]] ([[GEW|ORG]]) warnt vor Lehrermangel.
Die [[Vereinte Dienstleistungsgewerkschaft|ORG]] ([[Verdi|ORG]]) ruft zu Warnstreiks auf.
Die [[Gewerkschaft der Polizei|ORG]] ([[GdP|ORG]]) fordert mehr Personal.
Die [[Deutsche Polizeigewerkschaft|ORG]] ([[DPolG|ORG]]) kritisiert die Ausrüstung der Beamten.
Der [[Bundesverband Investment und Asset Management|ORG]] ([[BVI|ORG]]) meldet Zuflüsse bei Fonds.
Der [[Zentralrat der Juden in Deutschland|ORG]] warnt vor wachsendem Antisemitismus.
Das [[Zentralkomitee der deutschen Katholiken|ORG]] ([[ZdK|ORG]]) tagt in [[Bonn|PLACE]].
Die [[Evangelische Kirche in Deutschland|ORG]] ([[EKD|ORG]]) hat eine neue Ratsvorsitzende.
Die [[Deutsche Bischofskonferenz|ORG]] ([[DBK|ORG]]) trifft sich in [[Fulda|PLACE]].
Die [[Nationale Anti-Doping-Agentur|ORG]] ([[Nada|ORG]]) hat mehr Kontrollen durchgeführt.
Die [[Deutsche Fußball Liga|ORG]] ([[DFL|ORG]]) hat den Spielplan veröffentlicht.
Der [[Deutsche Fußball-Bund|ORG]] ([[DFB|ORG]]) hat seinen Sitz in [[Frankfurt|PLACE]].
Der [[Deutsche Olympische Sportbund|ORG]] ([[DOSB|ORG]]) wählt ein neues Präsidium.
Die [[Kultusministerkonferenz|ORG]] ([[KMK|ORG]]) hat sich auf gemeinsame Abiturstandards geeinigt.
Die [[Hochschulrektorenkonferenz|ORG]] ([[HRK|ORG]]) fordert mehr Geld für die Universitäten.
Der [[Deutsche Akademische Austauschdienst|ORG]] ([[DAAD|ORG]]) fördert mehr Studierende aus [[Afrika|PLACE]].
Die [[Deutsche Forschungsgemeinschaft|ORG]] ([[DFG|ORG]]) bewilligt neue Sonderforschungsbereiche.
Die [[Stiftung Warentest|ORG]] hat Fahrradhelme getestet. Mehrere Modelle fielen durch.
Die [[Kreditanstalt für Wiederaufbau|ORG]] ([[KfW|ORG]]) fördert den Einbau von Wärmepumpen.
Die [[Deutsche Energie-Agentur|ORG]] ([[Dena|ORG]]) berät Kommunen bei der Wärmeplanung.
# Gerichte und Staatsanwaltschaften mit vollem Namen (erfundene Angeklagte)
[[Hamburg|PLACE]] (dpa) - Das [[Landgericht Hamburg|ORG]] hat einen 39-Jährigen wegen Drogenhandels zu sieben Jahren Haft verurteilt.
Vor dem [[Landgericht Hamburg|ORG]] beginnt am Montag der Prozess gegen [[Jens H.|PERSON]], dem Betrug mit Kryptowährungen vorgeworfen wird.
Die Pressestelle des [[Landgerichts Hamburg|ORG]] bestätigte den Termin.
Das [[Oberlandesgericht Hamm|ORG]] hat die Berufung der Versicherung zurückgewiesen.
Das [[OLG Hamm|ORG]] ist das größte Oberlandesgericht [[Deutschlands|PLACE]].
Vor dem [[OLG Düsseldorf|ORG]] müssen sich fünf mutmaßliche Mitglieder einer Terrorzelle verantworten.
Der Staatsschutzsenat des [[Oberlandesgerichts Düsseldorf|ORG]] verhandelt unter hohen Sicherheitsvorkehrungen.
Das [[Kammergericht|ORG]] in [[Berlin|PLACE]] hat das Urteil gegen den Clanchef [[Ahmad R.|PERSON]] bestätigt.
Die Richter am [[Kammergericht|ORG]] sahen keinen Grund für eine mildere Strafe.
Das [[Oberlandesgericht Dresden|ORG]] hat drei Männer wegen Bildung einer kriminellen Vereinigung verurteilt.
Das [[Oberlandesgericht Naumburg|ORG]] verhandelt über die Klage eines Energieversorgers.
Das [[Oberlandesgericht Koblenz|ORG]] hat einen früheren Geheimdienstmitarbeiter verurteilt.
Das [[Oberlandesgericht Stuttgart|ORG]] hat den Prozess gegen sechs Angeklagte eröffnet.
Das [[Oberlandesgericht Schleswig|ORG]] bestätigte die Auslieferung des Mannes nach [[Polen|PLACE]].
Das [[Oberlandesgericht Zweibrücken|ORG]] entschied zugunsten der Gemeinde.
Das [[Oberlandesgericht Karlsruhe|ORG]] hat die Klage gegen den Autobauer abgewiesen.
Das [[Oberlandesgericht Braunschweig|ORG]] verhandelt im Dieselskandal über Schadenersatz.
Das [[Oberlandesgericht Bamberg|ORG]] hob den Freispruch auf.
Das [[Oberlandesgericht Rostock|ORG]] prüft die Beschwerde der Staatsanwaltschaft.
Das [[Landgericht Frankenthal|ORG]] hat einen Mann aus [[Ludwigshafen|PLACE]] wegen Mordes verurteilt.
Das [[Landgericht Traunstein|ORG]] verhandelt über einen tödlichen Unfall auf der [[A8|PLACE]] bei [[Bernau am Chiemsee|PLACE]].
Das [[Landgericht Kleve|ORG]] hat die Angeklagte [[Sabine T.|PERSON]] freigesprochen.
Das [[Landgericht Essen|ORG]] hat einen Prozess gegen eine Bande von Autodieben begonnen.
Das [[Landgericht Duisburg|ORG]] verurteilte den Angeklagten [[Kemal A.|PERSON]] zu vier Jahren Haft.
Das [[Landgericht Kassel|ORG]] hat eine Pflegerin wegen Totschlags verurteilt.
Das [[Landgericht Potsdam|ORG]] hat einen Bauunternehmer wegen Bestechung verurteilt.
Das [[Landgericht Aachen|ORG]] verhandelt gegen einen Arzt wegen Abrechnungsbetrugs.
Das [[Landgericht Münster|ORG]] hat die Anklage gegen zwei Polizisten zugelassen.
Das [[Landgericht Osnabrück|ORG]] hat einen Landwirt wegen Tierquälerei verurteilt.
Das [[Landgericht Regensburg|ORG]] hat den Angeklagten [[Florian B.|PERSON]] in die Psychiatrie eingewiesen.
Das [[Landgericht Verden|ORG]] hat die Mitglieder einer Betrügerbande verurteilt.
Das [[Landgericht Gießen|ORG]] sprach den Angeklagten vom Vorwurf der Körperverletzung frei.
Das [[Landgericht Augsburg|ORG]] hat den Prozess um eine tödliche Schlägerei eröffnet.
Das [[Landgericht Würzburg|ORG]] ordnete die Unterbringung des Mannes an.
Das [[Landgericht Magdeburg|ORG]] hat den Fahrer des Wagens zu lebenslanger Haft verurteilt.
Das [[Landgericht Erfurt|ORG]] hat die Klage der Mieter abgewiesen.
Das [[Landgericht Rostock|ORG]] verhandelt über den Bau eines Hotels am Strand.
Das [[Landgericht Berlin I|ORG]] hat den Angeklagten [[Mehmet C.|PERSON]] wegen Raubes verurteilt.
Das [[Amtsgericht Charlottenburg|ORG]] führt das Handelsregister für [[Berlin|PLACE]].
Beim [[Amtsgericht Charlottenburg|ORG]] wurde das Insolvenzverfahren eröffnet.
Das [[Amtsgericht München|ORG]] hat eine Vermieterin zur Rückzahlung der Kaution verurteilt.
Das [[Amtsgericht Köln|ORG]] hat einen Schwarzfahrer zu einer Geldstrafe verurteilt.
Das [[Amtsgericht Frankfurt|ORG]] erließ einen Strafbefehl gegen den Ladendieb.
Das [[Amtsgericht Düsseldorf|ORG]] hat das Insolvenzverfahren über die Modekette eröffnet.
Das [[Amtsgericht Bremen|ORG]] hat einen Hundehalter zu Schmerzensgeld verurteilt.
Das [[Verwaltungsgericht Köln|ORG]] hat die Einstufung der Partei als Verdachtsfall bestätigt.
Das [[Verwaltungsgericht Hamburg|ORG]] stoppte die Abschiebung einer Familie.
Das [[Verwaltungsgericht München|ORG]] erlaubte die Versammlung unter Auflagen.
Das [[Verwaltungsgericht Gelsenkirchen|ORG]] hat die Klage eines Polizeibewerbers abgewiesen.
Der [[Verwaltungsgerichtshof Baden-Württemberg|ORG]] in [[Mannheim|PLACE]] kippte die Sperrzeitverordnung.
Der [[Bayerische Verwaltungsgerichtshof|ORG]] hat das Alkoholverbot am Bahnhof bestätigt.
Der [[Hessische Verwaltungsgerichtshof|ORG]] in [[Kassel|PLACE]] hat den Ausbau des Flughafens gebilligt.
Das [[Oberverwaltungsgericht Berlin-Brandenburg|ORG]] hat den Bebauungsplan für das Gewerbegebiet bestätigt.
Das [[Oberverwaltungsgericht Lüneburg|ORG]] hat die Windräder im Wald erlaubt.
Das [[Oberverwaltungsgericht Nordrhein-Westfalen|ORG]] in [[Münster|PLACE]] hat den Eilantrag abgelehnt.
Das [[Landessozialgericht Nordrhein-Westfalen|ORG]] hat einer Rentnerin recht gegeben.
Das [[Landessozialgericht Bayern|ORG]] entschied über die Anerkennung eines Arbeitsunfalls.
Das [[Bundessozialgericht|ORG]] in [[Kassel|PLACE]] hat über die Mütterrente verhandelt.
Das [[Finanzgericht Münster|ORG]] hat über die Grundsteuer in [[Nordrhein-Westfalen|PLACE]] verhandelt.
Das [[Finanzgericht Köln|ORG]] entschied über die Besteuerung von Kryptowährungen.
Das [[Landesarbeitsgericht Düsseldorf|ORG]] hat die Kündigung des Betriebsrats aufgehoben.
Das [[Landesarbeitsgericht Hamm|ORG]] entschied über Urlaubsansprüche bei Krankheit.
Das [[Arbeitsgericht Berlin|ORG]] verhandelt über die Klage einer Lieferfahrerin.
Der [[Verfassungsgerichtshof Nordrhein-Westfalen|ORG]] hat die Kommunalwahl für gültig erklärt.
Der [[Bayerische Verfassungsgerichtshof|ORG]] prüft das Volksbegehren.
Der [[Thüringer Verfassungsgerichtshof|ORG]] in [[Weimar|PLACE]] verhandelt über das Wahlgesetz.
Der [[Staatsgerichtshof Baden-Württemberg|ORG]] heißt heute [[Verfassungsgerichtshof für das Land Baden-Württemberg|ORG]].
Der [[Niedersächsische Staatsgerichtshof|ORG]] in [[Bückeburg|PLACE]] hat die Klage abgewiesen.
Das [[Bundespatentgericht|ORG]] in [[München|PLACE]] hat das Patent für nichtig erklärt.
Die [[Staatsanwaltschaft Hamburg|ORG]] hat Anklage gegen drei Hafenarbeiter erhoben.
Die [[Staatsanwaltschaft München I|ORG]] ermittelt gegen einen Bauunternehmer.
Die [[Staatsanwaltschaft Berlin|ORG]] hat die Ermittlungen gegen den Wirt eingestellt.
Die [[Staatsanwaltschaft Frankfurt|ORG]] erhob Anklage gegen frühere Manager der Bank.
Die [[Staatsanwaltschaft Stuttgart|ORG]] hat einen Haftbefehl gegen [[Dominik W.|PERSON]] beantragt.
Die [[Staatsanwaltschaft Osnabrück|ORG]] ermittelt gegen Mitarbeiter eines Schlachthofs.
Die [[Staatsanwaltschaft Braunschweig|ORG]] hat Anklage in der Dieselaffäre erhoben.
Die [[Staatsanwaltschaft Göttingen|ORG]] ermittelt wegen des Verdachts der Brandstiftung.
Die [[Staatsanwaltschaft Bochum|ORG]] hat Wohnungen von Steuerberatern durchsucht.
Die [[Staatsanwaltschaft Bielefeld|ORG]] hat die Obduktion angeordnet.
Die [[Staatsanwaltschaft Lübeck|ORG]] erhob Anklage gegen einen Segellehrer.
Die [[Staatsanwaltschaft Leipzig|ORG]] ermittelt gegen Unbekannt.
Die [[Generalstaatsanwaltschaft Frankfurt|ORG]] hat Ermittlungen wegen Kinderpornografie übernommen.
Die [[Generalstaatsanwaltschaft Celle|ORG]] prüft den Fall.
Die [[Zentralstelle Cybercrime Bayern|ORG]] hat eine Handelsplattform im Darknet abgeschaltet.
Die [[Bundesanwaltschaft|ORG]] hat Anklage gegen mutmaßliche Spione erhoben.
Der Generalbundesanwalt hat die Ermittlungen an sich gezogen. Die [[Bundesanwaltschaft|ORG]] geht von einem terroristischen Hintergrund aus.
Das [[Landgericht Hamburg|ORG]] ([[LG Hamburg|ORG]]) hat die einstweilige Verfügung gegen den Verlag bestätigt.
Das [[Oberlandesgericht München|ORG]] ([[OLG München|ORG]]) hat die Schadenersatzklage der Anleger abgewiesen.
Der [[Bundesfinanzhof|ORG]] ([[BFH|ORG]]) hat ein Urteil zur Erbschaftsteuer gefällt.
Das [[Bundesverwaltungsgericht|ORG]] ([[BVerwG|ORG]]) in [[Leipzig|PLACE]] hat die Planung der Autobahn gebilligt.
Das [[Bundesarbeitsgericht|ORG]] ([[BAG|ORG]]) in [[Erfurt|PLACE]] hat die Klage einer Pilotin abgewiesen.
Das [[Bundessozialgericht|ORG]] ([[BSG|ORG]]) hat über die Versorgung mit Cannabis entschieden.
Der [[Internationale Gerichtshof|ORG]] ([[IGH|ORG]]) in [[Den Haag|PLACE]] hat ein Gutachten zum Klimaschutz vorgelegt.
Der [[Internationale Strafgerichtshof|ORG]] ([[IStGH|ORG]]) hat seine Ermittlungen ausgeweitet.
Das [[Landgericht Berlin II|ORG]] hat die Mieterhöhung für unzulässig erklärt.
Die Vorinstanz, das [[Amtsgericht Mitte|ORG]], hatte noch anders entschieden.
Das Urteil des [[Amtsgerichts Tiergarten|ORG]] ist noch nicht rechtskräftig.
Die Beschwerde gegen den Beschluss des [[Oberlandesgerichts Frankfurt|ORG]] hat keine aufschiebende Wirkung.
Im Gebäude des [[Landgerichts Köln|ORG]] wurde ein Metalldetektor installiert.
# Kliniken, Unternehmen und Investoren mit mehrteiligem Namen
Das [[Universitätsklinikum Hamburg-Eppendorf|ORG]] ([[UKE|ORG]]) hat ein neues Herzzentrum eröffnet.
Ärzte des [[UKE|ORG]] haben ein neues Verfahren am Herzen erprobt.
Das [[Universitätsklinikum Schleswig-Holstein|ORG]] ([[UKSH|ORG]]) baut in [[Kiel|PLACE]] und [[Lübeck|PLACE]] Betten aus.
Das [[Klinikum rechts der Isar|ORG]] in [[München|PLACE]] ist ein Krankenhaus der [[Technischen Universität München|ORG]].
Das [[LMU Klinikum|ORG]] behandelt jedes Jahr mehr als eine halbe Million Patienten.
Das [[Universitätsklinikum Heidelberg|ORG]] testet eine neue Krebstherapie.
Das [[Universitätsklinikum Freiburg|ORG]] bildet mehr Hebammen aus.
Das [[Universitätsklinikum Essen|ORG]] setzt künstliche Intelligenz in der Radiologie ein.
Die [[Uniklinik Köln|ORG]] sucht Blutspender.
Die [[Medizinische Hochschule Hannover|ORG]] ([[MHH|ORG]]) hat mehr Transplantationen durchgeführt als im Vorjahr.
Die [[Universitätsmedizin Mainz|ORG]] baut ein neues Zentrum für Kinderheilkunde.
Das [[Klinikum Stuttgart|ORG]] hat eine neue Notaufnahme.
Das [[Klinikum Nürnberg|ORG]] ist eines der größten kommunalen Krankenhäuser [[Europas|PLACE]].
Das [[Städtische Klinikum Karlsruhe|ORG]] hat die Besuchsregeln gelockert.
Das [[Vivantes Klinikum Neukölln|ORG]] hat eine Station für Hitzeopfer eingerichtet.
Das [[Helios Klinikum Berlin-Buch|ORG]] erweitert seine Geburtsstation.
Die [[Asklepios Klinik St. Georg|ORG]] in [[Hamburg|PLACE]] bildet mehr Pflegekräfte aus.
Das [[Deutsche Herzzentrum der Charité|ORG]] hat ein Spenderherz transplantiert.
Die [[Charité|ORG]] in [[Berlin|PLACE]] hat einen neuen Vorstandschef.
Das [[Universitätsklinikum Dresden|ORG]] hat ein neues Forschungszentrum eröffnet.
Das [[Universitätsklinikum Leipzig|ORG]] eröffnet ein Zentrum für seltene Erkrankungen.
Das [[Universitätsklinikum Jena|ORG]] bekommt einen Neubau für die Kinderklinik.
Das [[Universitätsklinikum Münster|ORG]] hat die Zahl der Intensivbetten erhöht.
Die Kinderklinik des [[Universitätsklinikums Tübingen|ORG]] sucht Pflegekräfte.
Der Chefarzt des [[Klinikums Ingolstadt|ORG]] bestätigte die Zahl der Patienten.
Im [[Klinikum Darmstadt|ORG]] werden die Verletzten behandelt.
Die Patienten wurden in das [[Universitätsklinikum Regensburg|ORG]] geflogen.
Der Verletzte wurde mit einem Hubschrauber ins [[Klinikum Augsburg|ORG]] gebracht.
Die Rettungskräfte brachten das Kind in die [[Uniklinik Aachen|ORG]].
Das Krankenhaus in der Kleinstadt soll schließen. Die Patienten müssen künftig in die Kreisstadt fahren.
Die Klinik hat ihre Notaufnahme nachts geschlossen. Der Landkreis sucht nach einer Lösung.
Der Finanzinvestor [[Nordkap Capital|ORG]] übernimmt den Maschinenbauer aus [[Schwaben|PLACE]].
[[Nordkap Capital|ORG]] will das Unternehmen in drei Jahren an die Börse bringen.
Die Gründer von [[Nordkap Capital|ORG]] stammen aus [[Hamburg|PLACE]].
Der Investor [[Elbtal Partners|ORG]] hat die Mehrheit an der Bäckereikette erworben.
Die Beteiligungsgesellschaft [[Alpenblick Invest|ORG]] aus [[Rosenheim|PLACE]] kauft drei Hotels.
Die Immobilienfirma [[Rheinufer Wohnbau GmbH|ORG]] hat Insolvenz angemeldet.
Die [[Müller Logistik GmbH|ORG]] aus [[Bielefeld|PLACE]] stellt 200 neue Fahrer ein.
Die Spedition [[Hansen & Söhne|ORG]] feiert ihr hundertjähriges Bestehen.
Die [[Deutsche Wohnen|ORG]] gehört inzwischen zum Konzern [[Vonovia|ORG]].
Die Aktie der [[Heidelberger Druckmaschinen|ORG]] hat sich erholt.
Der Zulieferer [[Knorr-Bremse|ORG]] hat seinen Umsatz gesteigert.
Die [[Evonik Industries|ORG]] baut Stellen in der Verwaltung ab.
Die [[Siemens Healthineers|ORG]] hat ein neues Ultraschallgerät vorgestellt.
Die Lkw-Sparte [[Daimler Truck|ORG]] hat weniger Fahrzeuge verkauft.
Die Holding [[Porsche SE|ORG]] hat ihre Beteiligungen abgeschrieben.
Der Lastwagenbauer [[MAN Truck & Bus|ORG]] streicht Stellen in [[München|PLACE]].
Die [[DZ Bank|ORG]] hat ihren Gewinn gesteigert.
Die [[Landesbank Baden-Württemberg|ORG]] ([[LBBW|ORG]]) hat ihren Gewinn gesteigert.
Die [[Bayerische Landesbank|ORG]] ([[BayernLB|ORG]]) hat ihre Halbjahreszahlen vorgelegt.
Die [[Landesbank Hessen-Thüringen|ORG]] ([[Helaba|ORG]]) übernimmt eine Privatbank.
Die [[Hamburger Sparkasse|ORG]] ([[Haspa|ORG]]) schließt weitere Filialen.
Die [[Sparkasse KölnBonn|ORG]] modernisiert ihre Filialen.
Die [[Berliner Sparkasse|ORG]] hat einen neuen Vorstand.
Die [[Stadtwerke München|ORG]] ([[SWM|ORG]]) bauen ein Geothermiekraftwerk.
Die [[Berliner Verkehrsbetriebe|ORG]] ([[BVG|ORG]]) stellen auf Elektrobusse um.
Die [[Kölner Verkehrs-Betriebe|ORG]] ([[KVB|ORG]]) dünnen den Fahrplan aus.
Die [[Hamburger Hochbahn|ORG]] testet autonome Shuttles.
Die [[Rheinbahn|ORG]] in [[Düsseldorf|PLACE]] hat neue Straßenbahnen bestellt.
Die [[Autobahn GmbH des Bundes|ORG]] hat die Brücke gesperrt.
Die [[Autobahn GmbH|ORG]] saniert in diesem Sommer mehr als 100 Brücken.
Die [[DB InfraGO|ORG]] hat die Generalsanierung der Strecke begonnen.
Die Güterbahn [[DB Cargo|ORG]] schreibt weiter Verluste.
Die Tochter [[DB Regio|ORG]] hat den Auftrag für das Netz verloren.
Die Airline [[Eurowings|ORG]] streicht Verbindungen ab [[Hamburg|PLACE]].
Der Ferienflieger [[Condor|ORG]] fliegt wieder nach [[Mallorca|PLACE]].
Der Betreiber [[Transdev|ORG]] übernimmt den Regionalverkehr im Norden.
Die [[Flughafen München GmbH|ORG]] meldet einen Passagierrekord.
Der [[Flughafen Berlin Brandenburg|PLACE]] wird erweitert.
Die [[Flughafen Berlin Brandenburg GmbH|ORG]] hat einen neuen Chef.
Der Energieversorger [[Mainova|ORG]] in [[Frankfurt|PLACE]] erhöht die Gaspreise.
Der Netzbetreiber [[Tennet|ORG]] baut eine Stromleitung nach [[Bayern|PLACE]].
Der Netzbetreiber [[50Hertz|ORG]] hat die Leitung in Betrieb genommen.
Die [[Leag|ORG]] betreibt die Braunkohlekraftwerke in der [[Lausitz|PLACE]].
Die [[Energie Baden-Württemberg AG|ORG]] ist besser bekannt als [[EnBW|ORG]].
Die [[Meyer Werft|ORG]] in [[Papenburg|PLACE]] hat ein neues Kreuzfahrtschiff abgeliefert.
Die [[Lürssen-Werft|ORG]] in [[Bremen|PLACE]] baut Schiffe für die Marine.
Die [[Thyssenkrupp Marine Systems|ORG]] ([[TKMS|ORG]]) ist an der Börse gestartet.
Der Chiphersteller [[Globalfoundries|ORG]] investiert in [[Dresden|PLACE]].
Die [[Carl Zeiss Meditec|ORG]] hat ihre Prognose gesenkt.
Der Rüstungskonzern [[Krauss-Maffei Wegmann|ORG]] baut ein neues Werk.
Der Reifenhersteller [[Continental|ORG]] spaltet seine Autozuliefersparte ab.
Die Drogeriekette [[dm-drogerie markt|ORG]] wächst weiter.
Die Drogeriemarktkette [[Rossmann|ORG]] eröffnet neue Filialen.
Die [[Schwarz Gruppe|ORG]] mit [[Lidl|ORG]] und [[Kaufland|ORG]] baut eigene Rechenzentren.
Die [[Otto Group|ORG]] baut ihr Logistikzentrum in [[Haldensleben|PLACE]] aus.
Die Hotelkette [[Motel One|ORG]] eröffnet ein Haus in [[Wien|PLACE]].
Der Reiseveranstalter [[Dertour|ORG]] meldet mehr Buchungen.
Die [[Deutsche Lufthansa|ORG]] hat eine Beteiligung an [[ITA Airways|ORG]] übernommen.
Die [[Lufthansa Technik|ORG]] in [[Hamburg|PLACE]] stellt Mechaniker ein.
Die [[Commerzbank|ORG]] wehrt sich weiter gegen die [[Unicredit|ORG]].
Der Versicherer [[Hannover Rück|ORG]] hat seine Prognose bestätigt.
Der Versicherer [[Talanx|ORG]] ist auch in [[Polen|PLACE]] stark vertreten.
Die [[Generali Deutschland|ORG]] baut ihren Sitz in [[München|PLACE]] um.
Die [[Ergo Group|ORG]] in [[Düsseldorf|PLACE]] hat einen neuen Vorstandschef.
Die [[Allianz|ORG]] hat ihren Gewinn gesteigert.
# Österreich: Behörden, Gerichte, Kliniken, Unternehmen
[[Wien|PLACE]] (APA) - Die [[Wirtschafts- und Korruptionsstaatsanwaltschaft|ORG]] ([[WKStA|ORG]]) hat Anklage gegen einen früheren Bürgermeister erhoben.
Die [[WKStA|ORG]] ermittelt seit drei Jahren in dem Fall. Die Behörde sieht den Verdacht der Untreue erhärtet.
[[Wien|PLACE]] (APA) - Das [[Arbeitsmarktservice|ORG]] ([[AMS|ORG]]) meldet einen Anstieg der Arbeitslosigkeit. Besonders betroffen ist die Industrie.
Der AMS-Chef rechnet erst im Frühjahr mit einer Trendwende. Das [[AMS|ORG]] will mehr Geld für Schulungen.
Der [[Österreichische Gewerkschaftsbund|ORG]] ([[ÖGB|ORG]]) fordert eine Erhöhung der Pensionen über der Inflationsrate.
Die [[Österreichische Gesundheitskasse|ORG]] ([[ÖGK|ORG]]) rechnet mit einem Defizit von mehreren Hundert Millionen Euro.
Die [[Österreichischen Bundesbahnen|ORG]] ([[ÖBB|ORG]]) eröffnen den [[Koralmtunnel|PLACE]] zwischen [[Graz|PLACE]] und [[Klagenfurt|PLACE]].
Die Fahrzeit zwischen [[Graz|PLACE]] und [[Klagenfurt|PLACE]] sinkt mit der [[Koralmbahn|PLACE]] auf 45 Minuten. Die ÖBB-Chefs sprachen von einem Jahrhundertprojekt.
Die [[Oesterreichische Nationalbank|ORG]] ([[OeNB|ORG]]) senkt ihre Konjunkturprognose.
Gouverneur [[Martin Kocher|PERSON]] sagte, die Wirtschaft werde sich nur langsam erholen.
Die [[Finanzmarktaufsicht|ORG]] ([[FMA|ORG]]) hat eine Strafe gegen eine Wiener Bank verhängt.
Das [[Österreichische Institut für Wirtschaftsforschung|ORG]] ([[Wifo|ORG]]) erwartet ein Wachstum von unter einem Prozent.
Das [[Institut für Höhere Studien|ORG]] ([[IHS|ORG]]) sieht die Rezession überwunden.
Die Ökonomen von [[Wifo|ORG]] und [[IHS|ORG]] legten ihre Prognosen gemeinsam vor.
Der [[Verfassungsgerichtshof|ORG]] ([[VfGH|ORG]]) hat über die Beschwerde gegen das Gesetz beraten.
Der [[VfGH|ORG]] in [[Wien|PLACE]] verkündet seine Entscheidung im Dezember.
Der [[Verwaltungsgerichtshof|ORG]] ([[VwGH|ORG]]) hat die Beschwerde der Gemeinde zurückgewiesen.
Der [[Oberste Gerichtshof|ORG]] ([[OGH|ORG]]) hat das Urteil gegen den Unternehmer bestätigt.
Der [[Rechnungshof|ORG]] hat die Förderungen des Landes [[Kärnten|PLACE]] geprüft.
Der Bericht des [[Rechnungshofs|ORG]] listet zahlreiche Mängel bei der Vergabe auf.
Das [[Landesgericht Graz|ORG]] hat einen 34-Jährigen wegen versuchten Mordes verurteilt.
Das [[Landesgericht für Strafsachen Wien|ORG]] verhandelt über den Betrug mit Pflegegeld.
Das [[Oberlandesgericht Wien|ORG]] hat die Strafe gegen [[Georg P.|PERSON]] herabgesetzt.
Das [[Landesgericht Innsbruck|ORG]] sprach den Skilehrer vom Vorwurf der fahrlässigen Tötung frei.
Das [[Landesgericht Linz|ORG]] hat einen Prozess wegen Wiederbetätigung eröffnet.
Das [[Landesgericht Salzburg|ORG]] hat eine Frau wegen Betrugs an Senioren verurteilt.
Das [[Landesgericht Klagenfurt|ORG]] verurteilte zwei Männer wegen Drogenhandels.
Die [[Staatsanwaltschaft Graz|ORG]] ermittelt nach einem Brand in einer Lagerhalle.
Die [[Staatsanwaltschaft Wien|ORG]] ermittelt gegen einen Polizisten.
Die [[Staatsanwaltschaft Innsbruck|ORG]] prüft den Lawinenunfall am [[Arlberg|PLACE]].
Die [[Landespolizeidirektion Wien|ORG]] hat das Waffenverbot am [[Praterstern|PLACE]] verlängert.
Die [[Volksanwaltschaft|ORG]] hat die Zustände in einem Pflegeheim kritisiert.
Das [[Landeskrankenhaus Hochsteiermark|ORG]] erweitert am Standort [[Leoben|PLACE]] die Notaufnahme.
Im [[Landeskrankenhaus Hochsteiermark|ORG]] wurden nach dem Busunfall zwölf Verletzte behandelt.
Die Ärzte des [[Landeskrankenhauses Hochsteiermark|ORG]] hatten Überstunden angemeldet.
Das [[LKH-Universitätsklinikum Graz|ORG]] hat eine neue Kinderchirurgie.
Das [[Kepler Universitätsklinikum|ORG]] in [[Linz|PLACE]] sucht Pflegekräfte.
Das [[AKH Wien|ORG]] ist das größte Krankenhaus [[Österreichs|PLACE]].
Die [[Klinik Ottakring|ORG]] bekommt einen neuen Operationstrakt.
Die [[Klinik Floridsdorf|ORG]] hat eine neue Geburtenstation.
Die [[Tirol Kliniken|ORG]] suchen Hebammen für [[Innsbruck|PLACE]].
Das [[Landeskrankenhaus Feldkirch|ORG]] behandelt auch Patienten aus [[Liechtenstein|PLACE]].
Das [[Universitätsklinikum St. Pölten|ORG]] hat einen Hubschrauberlandeplatz eröffnet.
Das [[Bundesheer|ORG]] hilft bei den Aufräumarbeiten nach dem Hochwasser.
Soldaten des [[Bundesheeres|ORG]] füllten Sandsäcke in [[Niederösterreich|PLACE]].
Die Flugsicherung [[Austro Control|ORG]] meldet einen Rekord an Flugbewegungen.
Die [[Asfinag|ORG]] erhöht die Preise für die Autobahnvignette.
Die [[Wiener Stadtwerke|ORG]] investieren in Fernwärme.
Der Stromkonzern [[Verbund|ORG]] baut ein Pumpspeicherkraftwerk in [[Salzburg|PLACE]].
Die [[Raiffeisen Bank International|ORG]] ([[RBI|ORG]]) steht wegen ihres Russland-Geschäfts unter Druck.
Die Pleite der [[Signa Holding|ORG]] ist die größte in der Geschichte [[Österreichs|PLACE]].
Die [[Signa|ORG]] war von dem Tiroler Unternehmer [[René Benko|PERSON]] aufgebaut worden.
Der Motorradhersteller [[KTM|ORG]] hat mit einem Investor aus [[Indien|PLACE]] einen Neustart geschafft.
Das Werk von [[Magna Steyr|ORG]] in [[Graz|PLACE]] fertigt Autos für mehrere Hersteller.
Der Motorenentwickler [[AVL List|ORG]] sitzt in [[Graz|PLACE]].
Der Anlagenbauer [[Andritz|ORG]] hat einen Großauftrag aus [[Brasilien|PLACE]] erhalten.
Der Ziegelhersteller [[Wienerberger|ORG]] hat seinen Umsatz gesteigert.
Die [[Österreichische Post|ORG]] hat ihre Paketzentren ausgebaut.
Die [[A1 Telekom Austria|ORG]] baut das Glasfasernetz aus.
Der Seilbahnbauer [[Doppelmayr|ORG]] aus [[Wolfurt|PLACE]] baut eine Bahn in [[Mexiko|PLACE]].
Die [[Arbeiterkammer|ORG]] ([[AK|ORG]]) fordert eine Mietpreisbremse.
Die [[Wirtschaftskammer Österreich|ORG]] ([[WKÖ|ORG]]) warnt vor höheren Lohnnebenkosten.
Die [[Industriellenvereinigung|ORG]] ([[IV|ORG]]) fordert eine Senkung der Körperschaftsteuer.
Der [[Österreichische Automobil-, Motorrad- und Touring Club|ORG]] ([[ÖAMTC|ORG]]) rechnet mit Staus auf der [[Tauernautobahn|PLACE]].
Das [[Österreichische Rote Kreuz|ORG]] sucht freiwillige Helfer.
Die [[Volkshilfe|ORG]] warnt vor wachsender Kinderarmut.
Der [[Österreichische Rundfunk|ORG]] ([[ORF|ORG]]) überträgt den [[Wiener Opernball|EVENT]] live.
Die [[Kronen Zeitung|ORG]] berichtete zuerst über den Rücktritt.
Laut einem Bericht der [[Kleinen Zeitung|ORG]] soll der Tunnel früher fertig werden.
Die Tageszeitung [[Die Presse|ORG]] hat einen neuen Chefredakteur.
Der [[Kurier|ORG]] und die [[Salzburger Nachrichten|ORG]] berichten über die Pläne.
[[Wien|PLACE]] (APA) - Bundespräsident [[Alexander Van der Bellen|PERSON]] hat die neuen Minister angelobt.
Bundeskanzler [[Christian Stocker|PERSON]] ([[ÖVP|ORG]]) hat im [[Nationalrat|ORG]] das Budget verteidigt.
Vizekanzler [[Andreas Babler|PERSON]] ([[SPÖ|ORG]]) sprach von einem fairen Sparpaket.
Außenministerin [[Beate Meinl-Reisinger|PERSON]] ([[Neos|ORG]]) reiste nach [[Brüssel|PLACE]].
Finanzminister [[Markus Marterbauer|PERSON]] legte den Budgetplan vor.
Innenminister [[Gerhard Karner|PERSON]] kündigte mehr Grenzkontrollen an.
FPÖ-Chef [[Herbert Kickl|PERSON]] sprach im [[Nationalrat|ORG]] von einem Belastungspaket.
Die Grünen-Chefin [[Leonore Gewessler|PERSON]] kritisierte die Klimapolitik der Regierung.
[[Linz|PLACE]] (APA) - Landeshauptmann [[Thomas Stelzer|PERSON]] hat die Industriestrategie für [[Oberösterreich|PLACE]] vorgestellt.
[[Innsbruck|PLACE]] (APA) - [[Tirols|PLACE]] Landeshauptmann [[Anton Mattle|PERSON]] will den Transitverkehr über den [[Brenner|PLACE]] begrenzen.
[[St. Pölten|PLACE]] (APA) - Landeshauptfrau [[Johanna Mikl-Leitner|PERSON]] hat die Landesausstellung eröffnet.
[[Salzburg|PLACE]] (APA) - Landeshauptfrau [[Karoline Edtstadler|PERSON]] hat bei der Eröffnung der [[Salzburger Festspiele|EVENT]] gesprochen.
[[Graz|PLACE]] (APA) - Bürgermeisterin [[Elke Kahr|PERSON]] ([[KPÖ|ORG]]) will mehr Gemeindewohnungen bauen.
[[Eisenstadt|PLACE]] (APA) - Landeshauptmann [[Hans Peter Doskozil|PERSON]] setzt im [[Burgenland|PLACE]] auf Wind und Sonne.
[[Bregenz|PLACE]] (APA) - Landeshauptmann [[Markus Wallner|PERSON]] hat die [[Bregenzer Festspiele|EVENT]] besucht.
[[Wien|PLACE]] (APA) - Vor der [[Nationalratswahl|EVENT]] haben die Parteien ihre Kandidatenlisten eingereicht.
Mitte der Woche tagt der [[Nationalrat|ORG]]. Auf der Tagesordnung steht das Budget.
Mindestens 20 Gemeinden in der [[Steiermark|PLACE]] sind von dem Unwetter betroffen.
Auch in [[Kärnten|PLACE]] gingen Muren ab. Die Feuerwehr war die ganze Nacht im Einsatz.
Dennoch sei die Wintersaison in [[Tirol|PLACE]] nicht gefährdet, sagte der Tourismusverband.
Der Leitindex ATX schloss in [[Wien|PLACE]] mit einem Plus von einem Prozent.
Das [[Donauinselfest|EVENT]] in [[Wien|PLACE]] zog an drei Tagen mehr als zwei Millionen Besucher an.
Die [[Wiener Festwochen|EVENT]] zeigen in diesem Jahr 40 Produktionen.
Die [[Nightrace|EVENT]] in [[Schladming|PLACE]] lockte 40.000 Zuschauer an die [[Planai|PLACE]].
Die [[GeoSphere Austria|ORG]] hat für [[Vorarlberg|PLACE]] eine Sturmwarnung ausgegeben.
Die [[Statistik Austria|ORG]] meldet einen Rückgang der Geburten.
# Schweiz: Behörden, Gerichte, Spitäler, Unternehmen
[[Bern|PLACE]] (sda) - Der [[Bundesrat|ORG]] hat die Botschaft zur Armeefinanzierung verabschiedet. Das Geschäft geht nun an das Parlament.
Der [[Nationalrat|ORG]] hat die Vorlage mit 110 zu 80 Stimmen angenommen. Der [[Ständerat|ORG]] berät im Dezember darüber.
Die [[Bundesversammlung|ORG]] wählt im Dezember den neuen Bundespräsidenten.
Das [[Bundesgericht|ORG]] in [[Lausanne|PLACE]] hat die Beschwerde der Gemeinde gutgeheissen.
Das [[Bundesstrafgericht|ORG]] in [[Bellinzona|PLACE]] hat einen früheren Banker verurteilt.
Das [[Bundesverwaltungsgericht|ORG]] in [[St. Gallen|PLACE]] hat die Abweisung des Asylgesuchs bestätigt.
Das [[Obergericht des Kantons Zürich|ORG]] hat das Urteil der Vorinstanz bestätigt.
Das [[Bezirksgericht Zürich|ORG]] hat einen Raser zu vier Jahren Freiheitsstrafe verurteilt.
Das [[Strafgericht Basel-Stadt|ORG]] verhandelt über Ausschreitungen nach einem Fussballspiel.
Das [[Kantonsgericht Luzern|ORG]] hat die Klage des Mieters abgewiesen.
Die [[Bundesanwaltschaft|ORG]] hat ein Strafverfahren wegen Geldwäscherei eröffnet.
Die [[Staatsanwaltschaft des Kantons Bern|ORG]] ermittelt nach dem Brand in einem Bauernhaus.
Die [[Kantonspolizei Zürich|ORG]] hat nach dem Unfall auf der [[A1|PLACE]] einen Zeugenaufruf gestartet.
Die [[Kantonspolizei Bern|ORG]] sucht nach einem vermissten Wanderer im [[Berner Oberland|PLACE]].
Die [[Stadtpolizei Zürich|ORG]] kontrolliert an der [[Langstrasse|PLACE]] verstärkt.
Die Kantonspolizei hat den Lenker noch am Unfallort kontrolliert. Er war nicht fahrtüchtig.
Die [[Eidgenössische Finanzmarktaufsicht|ORG]] ([[Finma|ORG]]) hat ein Verfahren gegen die Bank eröffnet.
Die [[Finma|ORG]] will mehr Befugnisse, um Banken zu sanktionieren.
Die [[Schweizerische Nationalbank|ORG]] ([[SNB|ORG]]) hat den Leitzins bei null Prozent belassen.
SNB-Präsident [[Martin Schlegel|PERSON]] schloss Negativzinsen nicht aus. Die [[SNB|ORG]] beobachte den Franken genau.
Das [[Staatssekretariat für Migration|ORG]] ([[SEM|ORG]]) rechnet mit weniger Asylgesuchen.
Das [[Staatssekretariat für Wirtschaft|ORG]] ([[Seco|ORG]]) hat seine Konjunkturprognose gesenkt.
Das [[Bundesamt für Gesundheit|ORG]] ([[BAG|ORG]]) empfiehlt die Grippeimpfung.
Das [[Bundesamt für Statistik|ORG]] ([[BFS|ORG]]) meldet einen Anstieg der Bevölkerung.
Das [[Bundesamt für Meteorologie und Klimatologie|ORG]] ([[MeteoSchweiz|ORG]]) warnt vor starkem Schneefall.
Das [[Bundesamt für Umwelt|ORG]] ([[Bafu|ORG]]) warnt vor Hochwasser am [[Thunersee|PLACE]].
Das [[Bundesamt für Strassen|ORG]] ([[Astra|ORG]]) saniert den [[Gotthard-Strassentunnel|PLACE]].
Das [[Bundesamt für Verkehr|ORG]] ([[BAV|ORG]]) hat den Ausbau der Bahnstrecke bewilligt.
Das [[Bundesamt für Zoll und Grenzsicherheit|ORG]] ([[BAZG|ORG]]) hat an der Grenze Drogen beschlagnahmt.
Die [[Eidgenössische Technische Hochschule Zürich|ORG]] ([[ETH Zürich|ORG]]) feiert ihr 170-jähriges Bestehen.
Die Forscher der [[ETH Zürich|ORG]] haben einen Roboter für die Landwirtschaft entwickelt.
Die [[École polytechnique fédérale de Lausanne|ORG]] ([[EPFL|ORG]]) baut ein Zentrum für Quantenforschung.
Das [[Universitätsspital Zürich|ORG]] ([[USZ|ORG]]) hat ein neues Herzzentrum.
Das [[Inselspital|ORG]] in [[Bern|PLACE]] hat eine Patientin aus [[Italien|PLACE]] übernommen.
Das [[Universitätsspital Basel|ORG]] baut ein neues Bettenhaus.
Das [[Kantonsspital St. Gallen|ORG]] streicht Stellen in der Verwaltung.
Das [[Luzerner Kantonsspital|ORG]] ([[Luks|ORG]]) eröffnet einen Neubau.
Das [[Kinderspital Zürich|ORG]] ist in einen Neubau umgezogen.
Das [[Kantonsspital Aarau|ORG]] hat einen neuen Verwaltungsratspräsidenten.
Das Spital hat seine Geburtsabteilung geschlossen. Die Region muss auf ein anderes Spital ausweichen.
Die [[Schweizerischen Bundesbahnen|ORG]] ([[SBB|ORG]]) bauen das Angebot nach [[Mailand|PLACE]] aus.
Die [[SBB|ORG]] überprüfen die Preise für das Generalabonnement.
Die [[Rhätische Bahn|ORG]] ([[RhB|ORG]]) hat den neuen [[Albulatunnel|PLACE]] in Betrieb genommen.
Die [[BLS|ORG]] fährt ab Dezember mit neuen Zügen durch den [[Lötschberg|PLACE]].
Die Fluggesellschaft [[Swiss|ORG]] streicht Flüge wegen fehlender Triebwerke.
Die Flugsicherung [[Skyguide|ORG]] hat den Luftraum über [[Genf|PLACE]] kurzzeitig gesperrt.
Der Telekomkonzern [[Swisscom|ORG]] hat die Übernahme von [[Vodafone Italia|ORG]] abgeschlossen.
Die Grossbank [[UBS|ORG]] hat die Integration der [[Credit Suisse|ORG]] weitgehend abgeschlossen.
Die [[Zürcher Kantonalbank|ORG]] ([[ZKB|ORG]]) hat ihren Gewinn gesteigert.
Die [[Raiffeisen Schweiz|ORG]] eröffnet weniger Filialen.
Der Rückversicherer [[Swiss Re|ORG]] rechnet mit hohen Schäden durch Unwetter.
Die [[Zurich Insurance|ORG]] hat einen Rekordgewinn erzielt.
Der Zementkonzern [[Holcim|ORG]] hat sein Nordamerikageschäft abgespalten.
Der Schokoladenhersteller [[Lindt & Sprüngli|ORG]] erhöht die Preise.
Der Zughersteller [[Stadler Rail|ORG]] liefert Züge nach [[Norwegen|PLACE]].
Die [[Swatch Group|ORG]] leidet unter der schwachen Nachfrage aus [[China|PLACE]].
Der Luxuskonzern [[Richemont|ORG]] hat seinen Sitz bei [[Genf|PLACE]].
Der Liftbauer [[Schindler|ORG]] aus [[Ebikon|PLACE]] hat den Umsatz gesteigert.
Die Detailhändler [[Migros|ORG]] und [[Coop|ORG]] senken die Preise für Milchprodukte.
Der [[Migros-Genossenschafts-Bund|ORG]] baut Stellen in der Zentrale ab.
Die [[Schweizerische Radio- und Fernsehgesellschaft|ORG]] ([[SRG|ORG]]) muss sparen.
Das [[Schweizer Radio und Fernsehen|ORG]] ([[SRF|ORG]]) streicht mehrere Sendungen.
Das Medienhaus [[Tamedia|ORG]] legt Redaktionen zusammen.
Der Verlag [[Ringier|ORG]] baut das Digitalgeschäft aus.
Laut dem [[Blick|ORG]] soll der Trainer vor der Entlassung stehen.
Die Gewerkschaft [[Unia|ORG]] fordert höhere Löhne auf dem Bau.
Der [[Schweizerische Gewerkschaftsbund|ORG]] ([[SGB|ORG]]) kritisiert die Pläne zur Rentenreform.
Der Wirtschaftsverband [[Economiesuisse|ORG]] warnt vor neuen Regulierungen.
Der [[Schweizer Bauernverband|ORG]] fordert höhere Direktzahlungen.
Die Umweltorganisation [[Pro Natura|ORG]] hat Beschwerde gegen das Kraftwerk eingelegt.
Der [[Schweizerische Fussballverband|ORG]] ([[SFV|ORG]]) hat einen neuen Nationaltrainer vorgestellt.
Der Dachverband [[Swiss Olympic|ORG]] unterstützt die Bewerbung für Winterspiele.
Der Verband [[Swiss-Ski|ORG]] hat das Aufgebot für die [[Ski-WM|EVENT]] bekannt gegeben.
[[Basel|PLACE]] (sda) - Der [[FC Basel|ORG]] hat das Spitzenspiel in der [[Super League|EVENT]] gegen die [[BSC Young Boys|ORG]] gewonnen.
Der [[FC St. Gallen|ORG]] hat im [[Kybunpark|PLACE]] gegen den [[FC Luzern|ORG]] verloren.
Der [[Servette FC|ORG]] aus [[Genf|PLACE]] hat den Trainer entlassen.
Der [[Grasshopper Club Zürich|ORG]] kämpft gegen den Abstieg.
Die [[ZSC Lions|ORG]] haben den [[HC Davos|ORG]] in der [[National League|EVENT]] besiegt.
Der [[EV Zug|ORG]] hat den [[SC Bern|ORG]] nach Verlängerung geschlagen.
Der [[Spengler Cup|EVENT]] in [[Davos|PLACE]] ist ausverkauft.
Das [[Lauberhornrennen|EVENT]] in [[Wengen|PLACE]] findet trotz Föhnsturm statt.
Das [[Eidgenössische Schwing- und Älplerfest|EVENT]] lockt Hunderttausende nach [[Mollis|PLACE]].
Die [[Street Parade|EVENT]] zog Hunderttausende an das Seebecken in [[Zürich|PLACE]].
Das [[Sechseläuten|EVENT]] in [[Zürich|PLACE]] endete mit dem Verbrennen des Böögg.
Das [[Weltwirtschaftsforum|EVENT]] in [[Davos|PLACE]] beginnt am Montag.
Bundespräsidentin [[Karin Keller-Sutter|PERSON]] hat in [[Washington|PLACE]] über die Zölle verhandelt.
Bundesrat [[Albert Rösti|PERSON]] hat die Pläne für neue Atomkraftwerke verteidigt.
Bundesrat [[Beat Jans|PERSON]] hat das Asylzentrum in [[Chiasso|PLACE]] besucht.
Bundesrat [[Ignazio Cassis|PERSON]] hat in [[Genf|PLACE]] eine Konferenz eröffnet.
Bundesrat [[Martin Pfister|PERSON]] will die Armee modernisieren.
Die [[SVP|ORG]] hat eine Volksinitiative gegen die Zuwanderung eingereicht.
Die [[SP|ORG]] will die Initiative im [[Nationalrat|ORG]] bekämpfen.
Die [[FDP|ORG]] und die [[Mitte|ORG]] lehnen die Initiative ebenfalls ab.
Mindestens drei Kantone wollen die Steuern senken. Auch der Kanton [[Zug|PLACE]] plant eine Senkung.
Dennoch bleibt der Kanton [[Genf|PLACE]] beim bisherigen Steuersatz.
Der Leitindex SMI hat in [[Zürich|PLACE]] leicht zugelegt. Bankaktien waren gefragt.
Mitte der Woche erwartet [[MeteoSchweiz|ORG]] im [[Mittelland|PLACE]] den ersten Schnee.
Die Bündner Regierung hat die Strasse über den [[Flüelapass|PLACE]] gesperrt.
# Gemischt: Abkürzungen, Sport in Österreich und der Schweiz, Ligen und Turniere
[[Wien|PLACE]] (APA) - Der [[Österreichische Fußball-Bund|ORG]] ([[ÖFB|ORG]]) hat den Kader für die Qualifikation zur [[Fußball-WM|EVENT]] bekannt gegeben.
Teamchef [[Ralf Rangnick|PERSON]] setzt auf Erfahrung. Der [[ÖFB|ORG]] trifft im Herbst auf [[Rumänien|PLACE]] und [[Bosnien-Herzegowina|PLACE]].
[[Salzburg|PLACE]] (APA) - [[Red Bull Salzburg|ORG]] hat in der [[Bundesliga|EVENT]] gegen den [[LASK|ORG]] verloren. Trainer und Sportdirektor stellten sich nach dem Spiel den Fragen der Fans.
Pause in der [[Admiral Bundesliga|EVENT]]: Wegen der Länderspiele ruht der Ball zwei Wochen lang.
Der [[SK Sturm Graz|ORG]] hat den Meistertitel verteidigt. In [[Graz|PLACE]] feierten Tausende auf dem [[Hauptplatz|PLACE]].
Der [[SK Rapid|ORG]] spielt in der [[Conference League|EVENT]] gegen einen Klub aus [[Dänemark|PLACE]].
[[Schladming|PLACE]] (APA) - Kabine, Piste, Ziel: Beim Nachtslalom auf der [[Planai|PLACE]] war der Österreicher [[Manuel Feller|PERSON]] der Liebling des Publikums.
[[Zürich|PLACE]] (sda) - Die [[Fifa|ORG]] hat in ihrem Hauptsitz am [[Zürichberg|PLACE]] die Qualifikationsgruppen für die [[WM|EVENT]] ausgelost.
Der Weltverband [[Fédération Internationale de Football Association|ORG]] ([[Fifa|ORG]]) hat seinen Sitz in [[Zürich|PLACE]].
Die [[Union des Associations Européennes de Football|ORG]] ([[Uefa|ORG]]) sitzt in [[Nyon|PLACE]] am [[Genfersee|PLACE]].
Das [[Internationale Olympische Komitee|ORG]] ([[IOC|ORG]]) hat in [[Lausanne|PLACE]] über die Vergabe beraten.
Die [[Welt-Anti-Doping-Agentur|ORG]] ([[Wada|ORG]]) hat ihre Verbotsliste aktualisiert.
Der [[Internationale Skiverband|ORG]] ([[FIS|ORG]]) hat den Weltcupkalender veröffentlicht.
Die [[Deutsche Eishockey Liga|ORG]] ([[DEL|ORG]]) startet mit 14 Klubs in die Saison.
Die [[Basketball-Bundesliga|EVENT]] hat einen neuen Namenssponsor.
Die [[Handball-Bundesliga|EVENT]] hat den Spielplan für die neue Saison veröffentlicht.
Die [[Zweite Bundesliga|EVENT]] ist in dieser Saison so ausgeglichen wie nie.
Der Zweitligist hat sich für das Achtelfinale des [[DFB-Pokals|EVENT]] qualifiziert. Trainer und Mannschaft feierten in der Kabine.
Die [[Frauen-Bundesliga|EVENT]] wird auf 14 Vereine aufgestockt.
Mindestens vier deutsche Klubs spielen in der nächsten Saison in der [[Champions League|EVENT]].
Auch in der [[Europa League|EVENT]] sind zwei Bundesligisten vertreten.
Die [[Uefa|ORG]] will die Regeln zur Finanzkontrolle verschärfen.
Der [[Deutsche Handballbund|ORG]] ([[DHB|ORG]]) hat den Vertrag mit dem Bundestrainer verlängert.
Der [[Deutsche Skiverband|ORG]] ([[DSV|ORG]]) hat sein Aufgebot für die [[Nordische Ski-WM|EVENT]] benannt.
Der [[Deutsche Tennis Bund|ORG]] ([[DTB|ORG]]) richtet das Turnier in [[Hamburg|PLACE]] aus.
"""

PARTS = (("COMMON", COMMON), ("CASES", CASES), ("FULL", FULL))

# ---------------------------------------------------------------------------
# Markup -> offsets, verification, output
# ---------------------------------------------------------------------------

def convert(line):
    text, ents, pos = [], [], 0
    n = 0
    for m in MARK.finditer(line):
        chunk = line[pos:m.start()]
        text.append(chunk)
        n += len(chunk)
        name, label = m.group(1), m.group(2)
        if label not in LABELS:
            raise ValueError(f"bad label {label!r} in {line!r}")
        ents.append([n, n + len(name), label])
        text.append(name)
        n += len(name)
        pos = m.end()
    text.append(line[pos:])
    text = "".join(text)
    if "[[" in text or "]]" in text or "|" in text:
        raise ValueError(f"unconverted markup in {line!r}")
    return {"text": text, "entities": ents}, [m.group(1) for m in MARK.finditer(line)]


def verify(item, names):
    text, ents = item["text"], item["entities"]
    assert len(ents) == len(names), ("count", text)
    last_end = -1
    for (s, e, label), name in zip(ents, names):
        span = text[s:e]
        assert span == name, (span, name)
        assert label in LABELS, label
        assert s >= last_end, ("overlap", text)
        assert span == span.strip() and span, ("space", span)
        assert span not in GENERIC, ("generic word labelled", span, text)
        assert not re.search(r"[,;:!?\"“„‚‘'’()\-]$", span), ("punctuation", span)
        assert not span.endswith(".") or re.search(r"\b[A-Z]\.$", span), ("dot", span)
        assert not re.match(r"[,;:!?\"“„‚‘'’()\-.]", span), ("punctuation", span)
        # span on word boundaries, and not the head or tail of a hyphenated compound
        assert s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "-"), ("boundary", span, text)
        assert e == len(text) or not (text[e].isalnum() or text[e] == "-"), ("boundary", span, text)
        last_end = e
    assert "  " not in text and text == text.strip(), ("spacing", text)
    assert text[-1] in ".!?“\"", ("sentence end", text)


# spaCy's German tokenizer keeps a sentence-final dot on "AfD.", "Schalke 04.", "München I.":
# such a name must not end a sentence, or its span would not match the tokens
FINAL_DOT = re.compile(r"\[\[[^|\]]*(?:\d|[A-Z][a-z][A-Z]| I)\|[A-Z]+\]\]\.")


def hand_items(block):
    for line in block.strip().split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def build():
    items, part_of, seen = [], [], set()
    for part, block in PARTS:
        for line in hand_items(block):
            assert line not in seen, ("duplicate", line)
            assert not FINAL_DOT.search(line), ("final dot", line)
            seen.add(line)
            item, names = convert(line)
            verify(item, names)
            items.append(item)
            part_of.append(part)
    # no item may repeat a sentence of de.jsonl
    old = Path(__file__).with_name("de.jsonl")
    if old.exists():
        texts = {json.loads(x)["text"] for x in old.read_text(encoding="utf-8").splitlines() if x}
        for it in items:
            assert it["text"] not in texts, ("in de.jsonl", it["text"])
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    return [items[i] for i in order], [part_of[i] for i in order]


def check_tokens(items):
    """Every span must start and end on a token of spaCy's German tokenizer."""
    import spacy  # optional: only with --tokens

    nlp = spacy.blank("de")
    bad = 0
    for it in items:
        doc = nlp.make_doc(it["text"])
        for s, e, label in it["entities"]:
            if doc.char_span(s, e, label=label, alignment_mode="strict") is None:
                bad += 1
                print(f"misaligned: {it['text'][s:e]!r} in {it['text']!r}")
    assert not bad, f"{bad} spans do not match spaCy's tokens"
    print("all spans match spaCy's German tokens")


def report(items, parts):
    spans = Counter()
    distinct = defaultdict(set)
    for it in items:
        for s, e, label in it["entities"]:
            spans[label] += 1
            distinct[label].add(it["text"][s:e])
    print(f"items: {len(items)}")
    for part, _ in PARTS:
        n = sum(1 for p in parts if p == part)
        empty = sum(1 for it, p in zip(items, parts) if p == part and not it["entities"])
        print(f"  {part:6s} {n:4d} items, {empty:4d} without entities")
    print(f"items without entities: {sum(1 for it in items if not it['entities'])}")
    for label in LABELS:
        print(f"{label:7s} spans {spans[label]:5d}  distinct names {len(distinct[label]):4d}")


def main(argv):
    items, parts = build()
    report(items, parts)
    if "--tokens" in argv:
        check_tokens(items)
    if "--check" in argv:
        return
    out = Path(__file__).with_name("de_more.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
