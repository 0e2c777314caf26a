#!/usr/bin/env python3
"""Claim-matching speed: heuer's neighbour search against an exact all-pairs baseline.

Usage:
  python bench/bench_matching.py                        # 1k, 10k and 100k statements, MiniLM vectors
  options: --sizes 1000,10000,100000   corpus sizes
           --embedder minilm|hashing   (default minilm; hashing needs no model and embeds much faster)
           --seed N                    synthetic corpus seed (default 13)
           --rounds N                  timing rounds below 100k (best of N, default 3; 100k runs once)
           --k N                       neighbours per query for heuer (default: what the ledger uses, 16)
           --cache-dir DIR             where vectors are cached (default $TMPDIR/heuer-bench-matching)

It generates a seeded synthetic corpus of news-like statements. A distinct
claim is either a transaction (who did what to how many of which things, where:
"Fjord Bank bought 120 buses near Lyon", ~1,000 kinds of event from a
person, company or institution, a verb and a thing) or one of 60 hand-written
frames (sentences, resignations, fines, elections, floods, ...), filled with
actors, places, numbers and times and mostly given a context ("amid protests
over fuel prices") and a detail clause ("a week after Anna Weber visited Lagos").
Each claim is echoed 1-12 times (40% once; at most 12, below the ledger's k=16
neighbours per query) with paraphrase variation: another wording (active,
passive, perfect), synonyms, hedges ("some", "about", "at least"), a different
attribution ("Reuters reported", "..., the ministry said"), time moved or
dropped, context or detail dropped, numbers written differently. So the corpus
has clusters of near-paraphrases among many unrelated statements; the vocabulary
was pruned of things MiniLM finds too alike ("bales of cotton", "boxes of
frozen fish"), which would otherwise put hundreds of different claims above the
same-claim threshold of each other at 100k. The vectors are embedded once and
cached under the cache dir keyed by embedder, size, seed and generator version;
embedding time is printed apart and is not part of the comparison (both sides
use the same vectors).

Both methods then run on the same vectors, each in its own subprocess:

* baseline: exact all-pairs search, blocked matrix products of every vector
  with every vector, keeping every pair with cosine >= the embedder's lower
  threshold (``related``; pairs >= ``same_claim`` are a subset);
* heuer: ``NeighbourSearch(min_similarity=min(related, same_claim)).find(base, base)``,
  the call ``update_ledger`` makes when every item is new. Up to
  ``exact_limit`` (20,000) vectors that is the exact path, above it the
  approximate (faiss) path; the ``path`` column says which one ran.

Time is wall-clock, the best of --rounds at 1k and 10k and one round at 100k.
Memory is the rise of the subprocess's peak resident set size during the
search above its resident size just before it (Linux: the peak mark ``VmHWM``
is reset through ``/proc/self/clear_refs`` after importing numpy/faiss and
loading the vectors, then read from ``/proc/self/status``): it counts
everything the search touches, numpy and faiss buffers and the Python result
lists included (unlike tracemalloc), and excludes the shared input vectors.
Where the mark cannot be reset, the rise above the peak reached so far is shown
(which under-counts).

"found" is the recall of the baseline's pairs: of all unordered pairs {i, j},
i != j, with cosine >= the threshold, the share that heuer lists (j among the
neighbours of query i, or i among those of j). heuer returns at most k
neighbours per query, so an item with more than k-1 partners above the
threshold cannot list them all; ``cap`` is that ceiling (what exact top-k search
would score) and shows how much of a shortfall is the k limit rather than the
index. At ``related`` the cap is low by design: at 10k and 100k most items have
far more than k partners above 0.45. The second line per size gives the pair
counts, the recall over ordered pairs (i lists j), and how well the threshold
separates echoes of one claim from the rest. Then

  summary size=100000 speedup=S recall=R (target >= 20x, >= 0.95)

with the speed ratio baseline_time / heuer_time and the recall at the
``same_claim`` threshold (the pairs claim matching decides on) for the largest
size. Ratios, not seconds, matter: the machine may be shared. For reference, on
a shared 2-core machine with MiniLM vectors: 100k took 66 s exact all-pairs and
2.1 s in heuer (31x), which found 0.978 of the same-claim pairs (cap 0.982);
1k and 10k run heuer's exact path (0.7x and 1.6x: top-k where the baseline
collects every pair). Embedding 100k statements with MiniLM took 7-22 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
GENERATOR_VERSION = 6

# --------------------------------------------------------------------------- vocabulary

FIRST = """Anna Boris Carla David Elena Farid Grace Hassan Ines Jonas Kateryna Luis Maria Nadia Omar Pavel Quentin
Rosa Samir Tomas Ulla Viktor Wen Yusuf Zofia Ahmed Bianca Chen Dmitri Esther Felipe Giorgi Hana Ivan Julia Kofi
Lena Mehmet Nora Oleksandr Priya Rashid Sofia Tariq Valeria William Yara Zainab Amir Beatriz Claude""".split()
LAST = """Abbas Becker Costa Dubois Eriksen Fischer Garcia Haddad Ivanova Jensen Kowalski Lindqvist Moreau Novak
Okafor Petrov Quinn Rossi Schmidt Tanaka Usman Varga Weber Xu Yilmaz Zhang Andersen Bauer Castillo Demir Evans
Ferreira Gruber Horvath Ibrahim Jovanovic Kaur Larsen Mendes Nowak Oliveira Popescu Reyes Santos Tkachenko Ueda
Volkov Walsh Yamamoto Zeller""".split()
OFFICES = """interior minister|defence minister|foreign minister|finance minister|health minister|prime minister|
energy minister|mayor|governor|police chief|army spokesman|central bank governor|opposition leader|
chief prosecutor|trade minister|transport minister|labour minister|regional governor|fire chief|
education minister""".replace("\n", "").split("|")
CITIES = """Kharkiv Odesa Lviv Dnipro Zaporizhzhia Mariupol Kherson Mykolaiv Sumy Poltava Aleppo Homs Idlib Raqqa
Mosul Basra Kirkuk Erbil Gaza Rafah Jenin Nablus Beirut Tyre Sidon Tripoli Benghazi Misrata Khartoum Omdurman
Darfur Juba Mogadishu Kismayo Nairobi Mombasa Kampala Kigali Goma Bukavu Lagos Kano Maiduguri Abuja Accra Dakar
Bamako Niamey Ouagadougou Timbuktu Kabul Kandahar Herat Peshawar Quetta Karachi Lahore Dhaka Chittagong Yangon
Mandalay Manila Cebu Jakarta Surabaya Bangkok Hanoi Seoul Busan Taipei Osaka Chengdu Wuhan Shenzhen Caracas
Bogota Medellin Lima Quito Guayaquil Santiago Rosario Recife Manaus Tijuana Monterrey Guadalajara Havana
Belgrade Sarajevo Pristina Skopje Tirana Chisinau Tbilisi Yerevan Baku Minsk Vilnius Riga Tallinn Gdansk Krakow
Naples Palermo Marseille Lyon Seville Valencia Porto Antwerp Rotterdam Hamburg Leipzig Gothenburg Bergen Tampere
Aarhus Dublin Glasgow Cardiff Leeds Montreal Winnipeg Houston Phoenix Detroit Memphis Denver Anchorage""".split()
COUNTRIES = """Ukraine Russia Syria Iraq Lebanon Libya Sudan Somalia Kenya Uganda Nigeria Ghana Senegal Mali
Niger Afghanistan Pakistan Bangladesh Myanmar Philippines Indonesia Thailand Vietnam Japan China Venezuela
Colombia Peru Ecuador Chile Argentina Brazil Mexico Cuba Serbia Bosnia Kosovo Albania Moldova Georgia Armenia
Azerbaijan Belarus Lithuania Latvia Estonia Poland Italy France Spain Portugal Belgium Netherlands Germany
Sweden Norway Finland Denmark Ireland Canada Turkey Egypt Ethiopia""".split()
CO_HEAD = """Nordvik Arcadia Baltic Cobalt Delta Eastgate Fjord Granite Harbor Ionic Juniper Keystone Lumen Meridian
Northstar Orion Pinnacle Quarry Redwood Summit Tidewater Unity Vantage Westbrook Zenith Atlas Beacon Crescent
Dunmore Everest""".split()
CO_TAIL = """Steel Airlines Motors Energy Telecom Pharma Bank Foods Mining Shipping Chemicals Logistics Insurance
Textiles Software Railways""".split()
OUTLETS = """Reuters|AFP|the Associated Press|the BBC|Al Jazeera|Bloomberg|the Financial Times|local media|
state television|the Kyiv Independent|Der Spiegel|Le Monde|El Pais|the Guardian|NHK|Xinhua|TASS|Anadolu|
the Times of India|Corriere della Sera""".replace("\n", "").split("|")
GROUPS = """civilians|soldiers|police officers|aid workers|children|fighters|protesters|miners|fishermen|
border guards|journalists|students|farmers|pilgrims|medics""".replace("\n", "").split("|")
ATTACKS = """an air strike|a drone attack|artillery shelling|a missile strike|a car bomb|a suicide bombing|
a rocket attack|an ambush|a mortar attack|a landmine blast""".replace("\n", "").split("|")
DISEASES = """cholera|measles|dengue fever|malaria|mpox|diphtheria|tuberculosis|bird flu|typhoid|meningitis|
Covid-19|hepatitis A""".replace("\n", "").split("|")
SECTORS = """hospitals|schools|roads|the army|pensions|housing|railways|the police|farming|universities|
water supply|public transport""".replace("\n", "").split("|")
CRIMES = """fraud|bribery|espionage|money laundering|tax evasion|drug trafficking|treason|murder|arms smuggling|
embezzlement""".replace("\n", "").split("|")
REGULATORS = """the European Commission|the competition authority|the data protection regulator|
the financial watchdog|the energy regulator|the telecoms regulator""".replace("\n", "").split("|")
ISSUES = """privacy breaches|price fixing|misleading advertising|safety failures|market abuse|
late reporting|unfair contracts|pollution""".replace("\n", "").split("|")
GOODS = """wheat|coal|natural gas|crude oil|fertiliser|steel|rice|timber|copper|lithium|cotton|sugar
""".replace("\n", "").split("|")
MONTHS = """January February March April May June July August September October November December""".split()
DAYS = """Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()

PRODUCTS = """cars|vans|electric scooters|baby strollers|laptops|phones|washing machines|bicycles|heaters|
tractors|buses|trucks""".replace("\n", "").split("|")
DEFECTS = """faulty brakes|a fire risk|loose wiring|faulty airbags|a battery defect|a software fault|
cracked axles|a fuel leak""".replace("\n", "").split("|")
WORKERS = """nurses|doctors|teachers|dock workers|bus drivers|miners|steelworkers|pilots|rail workers|
postal workers|cleaners|factory workers|farm labourers|garbage collectors""".replace("\n", "").split("|")
DISPUTES = """pay|pensions|fuel prices|a new labour law|housing costs|working hours|a corruption scandal|
bread prices|election fraud|water shortages|a tax increase|school closures""".replace("\n", "").split("|")
ORGS = """the World Food Programme|UNICEF|the Red Cross|the World Health Organization|Doctors Without Borders|
the UN refugee agency|Oxfam|Save the Children|the World Bank|the IMF|the European Union|the African Union
""".replace("\n", "").split("|")
PARTIES = [f"{a} {b}" for a in ("Social Democratic", "Green", "Liberal", "National", "People's", "Labour",
                                 "Conservative", "Progressive") for b in ("Party", "Alliance", "Movement")]
ANIMALS = """dolphins|seals|whales|sea turtles|pelicans|fish|penguins|sea lions|flamingos|sharks
""".replace("\n", "").split("|")
WEATHER = """heavy snow|a storm|freezing fog|a heatwave|torrential rain|strong winds|a hurricane|a blizzard
""".replace("\n", "").split("|")
FACILITIES = """factory|warehouse|data centre|research centre|battery plant|refinery|call centre|shipyard
""".replace("\n", "").split("|")
NEWS = """a profit warning|a data breach|the departure of its chief executive|a failed merger|weak sales|
a fraud investigation|a product recall|a rating downgrade""".replace("\n", "").split("|")
CONTEXTS = """amid protests over fuel prices|after talks in Geneva collapsed|despite a ceasefire agreed last month|
in the worst such incident this year|as the country prepares for elections|after weeks of heavy rain|
following a government audit|under pressure from the European Union|days after a cabinet reshuffle|
as tensions with its neighbours grow|after a spate of similar incidents|in a blow to the ruling coalition|
amid a row over corruption|as winter sets in|after a court ruling|despite international criticism|
during a state of emergency|as energy costs soar|after a long investigation|ahead of a summit of regional leaders|
as the currency slides|following a surge in violence|in the first such move in a decade|
after lengthy negotiations with unions|amid fears of a wider war|as the harvest fails|
in response to a spike in infections|after a tip-off from residents|despite warnings from experts|
as the rainy season begins|following a visit by the president|amid a shortage of medicine|
after a change in the law|in a case that has gripped the nation|as part of a wider crackdown|
after pressure from investors|despite a recovery in exports|as debt repayments fall due|
following an outbreak at a local school|amid a heat wave across the region""".replace("\n", "").split("|")


SHIPS = """Ocean Viking|Sea-Watch 4|Geo Barents|Humanity 1|Aurora|Open Arms|Louise Michel|Mare Liberum|Nadir|
Life Support|Sea Eye 5|Rise Above|Aita Mari|Astral|Mediterranea|Nordic Star|Baltic Spirit|Island Princess|
Blue Horizon|Stella Maris|Porto Fino|Santa Lucia|Kalina|Morning Glory|Northern Light""".replace("\n", "").split("|")
RIVERS = """Danube|Rhine|Elbe|Vistula|Dnieper|Po|Loire|Seine|Ebro|Tagus|Oder|Sava|Niger|Nile|Congo|Mekong|
Ganges|Indus|Yangtze|Amazon|Parana|Orinoco|Mississippi|Volga|Don|Tigris|Euphrates|Zambezi|Limpopo|Brahmaputra
""".replace("\n", "").split("|")
CAUSES = """a lightning strike|a discarded cigarette|a power line|an arsonist|a barbecue|farm machinery|
fireworks|a train's brakes""".replace("\n", "").split("|")
DETAILS = [
    "a week after {d_person} visited {d_city}", "days after {d_company} warned of {d_issue}",
    "while {d_person} was on a visit to {d_country}", "as {d_workers} in {d_city} protested over {d_dispute}",
    "shortly before {d_person} was due to meet {d_org}", "after {d_org} warned about {d_disease}",
    "two days after {d_company} announced {d_news}", "as {d_person} faces calls to resign over {d_dispute}",
    "hours after {d_country} accused {d_country2} of {d_issue}", "as {d_org} held talks in {d_city}",
]


def _frames(text: str) -> list[tuple[str, list[str]]]:
    frames = []
    for block in text.strip().split("= ")[1:]:
        scale, *templates = block.strip().splitlines()
        frames.append((scale.strip(), templates))
    return frames


# Frames: a claim's kind (the scale of its count) and its paraphrase templates.
FRAMES_TEXT = """
= hundreds
{n} {group} were killed in {attack} on {city}
{attack} on {city} killed {n} {group}
{n} {group} died when {city} was hit by {attack}
= hundreds
{n} {group} were wounded in {attack} near {city}
{attack} near {city} left {n} {group} injured
{n} {group} were injured by {attack} outside {city}
= thousands
{country} will send {n} troops to {country2}
{country} is to deploy {n} soldiers to {country2}
{n} troops from {country} will be sent to {country2}
= thousands
{company} will cut {n} jobs at its {city} plant
{company} plans to lay off {n} workers in {city}
{n} jobs will go at the {company} factory in {city}
= big
central bank governor {person} raised {country}'s key rate to {pct} percent
{country}'s key interest rate was lifted to {pct}% by governor {person}
{person}, who heads {country}'s central bank, raised rates to {pct} percent
= big
{person} will resign as {office} in {month}
{office} {person} is to step down in {month}
{person} plans to quit the post of {office} in {month}
= big
parliament in {country} approved a {money} budget for {sector}
lawmakers in {country} passed {money} in spending on {sector}
{country}'s parliament voted through a {money} package for {sector}
= big
an earthquake of magnitude {mag} struck near {city}
a magnitude {mag} quake hit the {city} region
a {mag}-magnitude earthquake shook {city}
= few
a court in {city} sentenced {person} to {years} years in prison for {crime}
{person} was jailed for {years} years for {crime} by a court in {city}
judges in {city} gave {person} a {years}-year sentence for {crime}
= big
{company} was fined {money} by {regulator} over {issue}
{regulator} imposed a {money} fine on {company} for {issue}
{company} must pay {money} after {regulator} found {issue}
= thousands
{n} {workers} went on strike in {city} over {dispute}
a strike by {n} {workers} over {dispute} began in {city}
{n} {workers} in {city} walked out in a dispute over {dispute}
= few
{n} {group} were taken hostage in {country}
gunmen in {country} abducted {n} {group}
{n} {group} were kidnapped by armed men in {country}
= big
{company} agreed to buy {company2} for {money}
{company} will take over {company2} in a {money} deal
{company2} is being acquired by {company} for {money}
= hundreds
{country} will build {n} new {sector_item} by {year}
{country} plans {n} new {sector_item} before {year}
{n} {sector_item} are to be built in {country} by {year}
= big
{person} won {pct} percent of the vote in the {city} mayoral election
{person} took {pct}% of votes to win the race for mayor of {city}
{city} elected {person} as mayor with {pct} percent of the vote
= few
{country} expelled {n} diplomats from {country2}
{n} diplomats from {country2} were ordered to leave {country}
{country} told {n} diplomats from {country2} to leave the country
= big
{org} appealed for {money} to help {group} in {country}
{org} asked donors for {money} for {group} in {country}
an appeal by {org} seeks {money} to support {group} in {country}
= few
the {party} won {n} seats in the {country} parliamentary election
{n} seats went to the {party} in {country}'s general election
in {country}'s parliamentary vote the {party} took {n} seats
= hundreds
the ferry {ship} sank off {city} with {n} passengers aboard
{n} passengers were aboard the {ship} when it went down near {city}
the {ship}, a ferry carrying {n} people, capsized off {city}
= big
{country} will spend {money} on {sector} over the next {years} years
{country} plans to invest {money} in {sector} during the coming {years} years
a {years}-year plan commits {country} to spending {money} on {sector}
= big
{person} was elected leader of the {party}
the {party} chose {person} as its new leader
{person} won the contest to lead the {party}
= thousands
{n} tonnes of {good} were seized at the port of {city}
customs officers in {city} confiscated {n} tonnes of smuggled {good}
a shipment of {n} tonnes of {good} was impounded in {city}
= big
{company} will open a {money} {facility} in {city}
{company} plans to build a {facility} worth {money} in {city}
a new {money} {facility} run by {company} is coming to {city}
= hundreds
{n} {workers} were laid off after {company} closed its {city} site
{company} shut its site in {city}, leaving {n} {workers} without work
the closure of the {company} site in {city} cost {n} {workers} their jobs
= big
{country} banned imports of {good} from {country2}
imports of {good} from {country2} were banned by {country}
{country} has stopped buying {good} from {country2}
= hundreds
{office} {person} closed {n} schools in {city} because of {weather}
{n} schools in {city} were shut by order of {office} {person} as {weather} hit
{person}, the {office}, ordered {n} schools in {city} closed due to {weather}
= big
{person} was appointed {office} of {country}
{country} named {person} as its new {office}
{person} became {office} in {country}
= big
the price of {good} on the {city} exchange rose {pct} percent in {month}
{good} traded in {city} became {pct}% dearer in {month}
{good} prices on the {city} commodity exchange climbed {pct} percent during {month}
= hundreds
{n} {workers} were arrested in a raid on a {facility} in {city}
police raided a {facility} in {city} and detained {n} {workers}
a raid at a {city} {facility} ended with {n} {workers} in custody
= big
{org} suspended aid to {country} over {dispute}
aid from {org} to {country} was halted because of {dispute}
{org} froze its programmes in {country} in a row over {dispute}
= big
{office} {person} promised to raise {country}'s minimum wage by {pct} percent
{person}, the {office}, pledged a {pct}% rise in the minimum wage in {country}
the minimum wage in {country} will go up {pct} percent, {office} {person} promised
= big
{person} denied taking bribes from {company}
{person} rejected claims of accepting money from {company}
allegations that {person} took bribes from {company} were denied
= hundreds
{company} will hire {n} engineers for its {facility} in {city}
{n} engineering jobs will be created at the {company} {facility} in {city}
{company} plans to recruit {n} engineers in {city}
= few
{person} was charged with {crime} in {city}
prosecutors in {city} charged {person} with {crime}
{person} faces charges of {crime} in {city}
= few
{person} was arrested at {city} airport on suspicion of {crime}
police detained {person} at {city} airport over suspected {crime}
{person} was held at the airport in {city}, suspected of {crime}
= big
{person} will run for president of {country} in {year}
{person} announced a bid for the presidency of {country} in {year}
{person} plans to stand in {country}'s {year} presidential election
= big
{person} signed a {money} contract with {company}
{company} agreed a {money} deal with {person}
{person} and {company} signed a contract worth {money}
= few
{person} was acquitted of {crime} by a court in {city}
a {city} court found {person} not guilty of {crime}
judges in {city} cleared {person} of {crime}
= big
{person} met {person2} in {city} to discuss {dispute}
{person} and {person2} held talks on {dispute} in {city}
talks between {person} and {person2} in {city} focused on {dispute}
= big
{person} called for an inquiry into {issue} at {company}
{person} demanded an investigation of {issue} at {company}
an inquiry into {issue} at {company} was demanded by {person}
= big
{person} was extradited from {country} to {country2}
{country} handed {person} over to {country2}
{person} was sent from {country} to face trial in {country2}
= few
{person}, a former {office}, died at the age of {age}
former {office} {person} has died aged {age}
{person}, who once served as {office}, died at {age}
= big
{person} was sacked as chief executive of {company} after {news}
{company} fired its chief executive {person} following {news}
{person} lost the top job at {company} after {news}
= big
{person} launched a new party in {country} to fight {dispute}
{person} founded a party in {country} to campaign against {dispute}
a new {country} party set up by {person} will campaign on {dispute}
= big
{company} will move its headquarters from {city} to {city2}
{company} plans to relocate its head office from {city} to {city2}
the {company} headquarters will move to {city2} from {city}
= big
{company} lost {money} in the {quarter} quarter
{company} reported a {quarter}-quarter loss of {money}
a {money} loss was reported by {company} for the {quarter} quarter
= big
{company} won a {money} contract to build {sector_item} in {country}
{country} awarded {company} a {money} deal for new {sector_item}
{company} will build {sector_item} in {country} under a {money} contract
= big
{company} will stop selling {product} in {country}
{product} made by {company} will no longer be sold in {country}
{company} is pulling its {product} from the {country} market
= big
{company} is being investigated by {regulator} over {issue}
{regulator} opened an investigation into {company} over {issue}
{company} faces a probe by {regulator} into {issue}
= big
{company} filed for bankruptcy in {country} with debts of {money}
{company} went bankrupt in {country}, owing {money}
with debts of {money}, {company} has filed for insolvency in {country}
= big
{company} and {company2} will merge to form a {money} group
{company} is merging with {company2} in a deal worth {money}
a merger of {company} and {company2} will create a group worth {money}
= big
{company} sold its {city} {facility} to {company2} for {money}
{company2} bought the {company} {facility} in {city} for {money}
the {city} {facility} of {company} went to {company2} for {money}
= big
{country} recalled its ambassador from {country2} over {dispute}
{country} withdrew its envoy to {country2} in a row over {dispute}
the {country} ambassador in {country2} was called home over {dispute}
= big
{country} lifted sanctions on {company} imposed over {issue}
sanctions against {company} over {issue} were lifted by {country}
{country} ended its sanctions on {company} for {issue}
= big
{country} will hold a referendum on {dispute} in {month}
voters in {country} will decide on {dispute} in a referendum in {month}
a referendum on {dispute} is planned in {country} for {month}
= hundreds
{country} closed {n} border crossings with {country2} because of {disease}
{n} crossings on the {country2} border were shut by {country} over {disease}
fearing {disease}, {country} closed {n} of its border posts with {country2}
= few
the {river} rose {n} metres above normal near {city}
water levels on the {river} near {city} were {n} metres higher than usual
near {city} the {river} climbed {n} metres over its normal level
= big
{person} will lead {org}'s mission to {country}
{org} named {person} head of its mission in {country}
{person} was chosen to head the {org} mission to {country}
= big
{person} accused {company} of {issue}
{company} was accused of {issue} by {person}
{person} said {company} was guilty of {issue}
= few
{person} and {n} others were arrested for {crime} in {country}
police in {country} held {person} and {n} other suspects over {crime}
{n} people including {person} were detained in {country} on {crime} charges
"""
FRAMES = _frames(FRAMES_TEXT)
SECTOR_ITEMS = """schools|hospitals|wind farms|bridges|prisons|power stations|railway stations|homes|
clinics|dams""".replace("\n", "").split("|")

SPEAKER_FORMS = [
    "{person}, the {office}, said", "the {office}, {person}, said", "{person} said", "officials said",
    "the ministry said", "a government spokesperson said", "police said", "the United Nations said",
    "local authorities said", "a statement from the {office} said", "witnesses said",
]
HEDGES = ["about", "some", "around", "nearly", "roughly", "at least", "more than", "almost", "up to"]
SYNONYMS = {
    "said": ["said", "stated", "told reporters"],
    "people": ["people", "persons"], "percent": ["percent", "per cent"],
    "will": ["will", "is set to"],
}


SCALES = {"few": (2, 99, 1), "hundreds": (2, 999, 1), "thousands": (1, 99, 1000), "big": (1, 99, 10000)}


def _number(scale: str, rng: random.Random) -> int:
    low, high, step = SCALES[scale]
    value = rng.randint(low, high) * step
    if step > 1 and rng.random() < 0.5:
        value += rng.randint(1, 9) * step // 10
    return value


def _write_number(value: int, rng: random.Random) -> str:
    style = rng.random()
    if value >= 1_000_000 and value % 100_000 == 0 and style < 0.6:
        return f"{value / 1_000_000:g} million"
    if value >= 10_000 and value % 1000 == 0 and style < 0.3:
        return f"{value // 1000} thousand"
    return f"{value:,}" if style < 0.7 else str(value)

# Transactions: who did what to how many of which things, where. A verb (past, participle) of a class
# goes with any thing of that class, so there are ~1,100 kinds of event and few claims look alike.
ACTS: dict[str, tuple[str, str, list[str]]] = {  # class: (scale, verbs, things)
    "vehicles": ("hundreds", "bought sold ordered delivered exported imported donated destroyed seized "
                 "stole:stolen repaired inspected recalled scrapped leased auctioned",
                 "tanks|armoured vehicles|buses|fire engines|trams|fishing boats|cargo planes|police cars|"
                 "patrol boats|lorries|motorbikes|excavators|cranes|oil tankers|speedboats|jeeps|vans|bulldozers"
                 .split("|")),
    "buildings": ("few", "built closed opened demolished inspected sold bought renovated evacuated insured",
                  "schools|hospitals|clinics|apartment blocks|shops|bridges|warehouses|hotels|churches|mosques|"
                  "prisons|factories|stadiums|libraries|power stations|car parks|cinemas|town halls|museums|"
                  "railway stations|courthouses|police stations|nursing homes|markets|theatres|barracks|"
                  "petrol stations|supermarkets|sports halls|office blocks".split("|")),
    "people": ("hundreds", "hired fired trained rescued evacuated arrested released deported vaccinated recruited",
               "soldiers|migrants|miners|students|pilots|engineers|police officers|refugees|prisoners|"
               "farm workers|doctors|volunteers|journalists|border guards|bus drivers|lawyers|judges|"
               "firefighters|social workers|paramedics|dock workers|civil servants|construction workers|"
               "lorry drivers|seasonal workers|interpreters|security guards|lecturers".split("|")),
    "equipment": ("thousands", "bought sold ordered delivered exported imported donated destroyed seized "
                  "stole:stolen repaired tested installed scrapped",
                  "generators|rifles|radios|street lights|fridges|printers|cameras|"
                  "air conditioners|satellite phones|body cameras|"
                  "traffic lights|boilers|heat pumps".split("|")),
}
KINDS = [(scale, verbs, thing) for scale, verbs, things in ACTS.values() for thing in things]
GRAMMAR_SHARE = 0.9  # the rest of the claims use the hand-written FRAMES


def _actor(rng: random.Random) -> str:
    """Who did it: mostly a named person or company (names set claims apart), else an institution."""
    kind = rng.random()
    if kind < 0.4:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}, the {rng.choice(OFFICES)},"
    if kind < 0.65:
        return f"{rng.choice(CO_HEAD)} {rng.choice(CO_TAIL)}"
    return rng.choice([f"the government of {rng.choice(COUNTRIES)}", rng.choice(ORGS),
                       f"the {rng.choice(CITIES)} city council", f"the {rng.choice(COUNTRIES)} army",
                       f"police in {rng.choice(CITIES)}"])


def _transaction(rng: random.Random) -> tuple[str, list[str]]:
    """A claim kind of its own: (scale, paraphrase templates) with {n} left open."""
    scale, verbs, thing = rng.choice(KINDS)
    past, _, participle = rng.choice(verbs.split()).partition(":")
    participle = participle or past
    actor = _actor(rng)
    where = rng.choice([f"in {rng.choice(CITIES)}", f"in {rng.choice(COUNTRIES)}", f"near {rng.choice(CITIES)}"])
    by = actor if actor[0].isupper() or actor.startswith("the ") else f"the {actor}"
    return scale, [f"{actor} {past} {{n}} {thing} {where}",
                   f"{{n}} {thing} were {participle} by {by} {where}",
                   f"{actor} has {participle} {{n}} {thing} {where}"]



def _detail(rng: random.Random) -> str:
    """A clause that sets a claim apart from others of its kind (a visit, a warning, a protest)."""
    k1, k2 = rng.sample(COUNTRIES, 2)
    return rng.choice(DETAILS).format(
        d_person=f"{rng.choice(FIRST)} {rng.choice(LAST)}", d_city=rng.choice(CITIES), d_country=k1,
        d_country2=k2, d_company=f"{rng.choice(CO_HEAD)} {rng.choice(CO_TAIL)}", d_issue=rng.choice(ISSUES),
        d_workers=rng.choice(WORKERS), d_dispute=rng.choice(DISPUTES), d_org=rng.choice(ORGS),
        d_disease=rng.choice(DISEASES), d_news=rng.choice(NEWS))


def _claim(rng: random.Random) -> dict:
    """One distinct claim: a frame and every slot filled."""
    c1, c2 = rng.sample(CITIES, 2)
    k1, k2 = rng.sample(COUNTRIES, 2)
    companies = [f"{rng.choice(CO_HEAD)} {rng.choice(CO_TAIL)}" for _ in range(2)]
    frame = rng.randrange(len(FRAMES))
    scale, templates = _transaction(rng) if rng.random() < GRAMMAR_SHARE else FRAMES[frame]
    return {
        "frame": frame, "templates": templates,
        "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "office": rng.choice(OFFICES),
        "city": c1, "city2": c2, "country": k1, "country2": k2,
        "company": companies[0], "company2": companies[1], "group": rng.choice(GROUPS),
        "attack": rng.choice(ATTACKS), "disease": rng.choice(DISEASES), "sector": rng.choice(SECTORS),
        "sector_item": rng.choice(SECTOR_ITEMS), "crime": rng.choice(CRIMES),
        "regulator": rng.choice(REGULATORS), "issue": rng.choice(ISSUES), "good": rng.choice(GOODS),
        "product": rng.choice(PRODUCTS), "defect": rng.choice(DEFECTS), "workers": rng.choice(WORKERS),
        "dispute": rng.choice(DISPUTES), "org": rng.choice(ORGS), "party": rng.choice(PARTIES),
        "animals": rng.choice(ANIMALS), "weather": rng.choice(WEATHER), "facility": rng.choice(FACILITIES),
        "news": rng.choice(NEWS), "context": rng.choice(CONTEXTS) if rng.random() < 0.75 else "",
        "person2": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "ship": rng.choice(SHIPS),
        "river": rng.choice(RIVERS), "cause": rng.choice(CAUSES), "militia": rng.choice(LAST),
        "age": rng.randint(55, 99), "quarter": rng.choice(["first", "second", "third", "fourth"]),
        "detail": _detail(rng) if rng.random() < 0.7 else "",
        "n": _number(scale, rng), "pct": round(rng.uniform(0.5, 40), 1), "money": rng.randint(2, 950),
        "money_unit": rng.choice(["million", "billion"]), "currency": rng.choice(["$", "€", "£"]),
        "years": rng.randint(2, 25), "mag": round(rng.uniform(4.0, 7.9), 1),
        "month": rng.choice(MONTHS), "year": rng.randint(2026, 2035),
        "when": rng.choice([f"on {rng.choice(DAYS)}", "last week", "overnight", "this week",
                            "earlier this month", "at the weekend", "late on " + rng.choice(DAYS), ""]),
        "speaker": rng.choice(SPEAKER_FORMS), "speaker_person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "speaker_office": rng.choice(OFFICES),
    }


def _echo(claim: dict, rng: random.Random, first: bool) -> str:
    """One wording of *claim*: the first is plain, later ones vary wording, hedges and attribution."""
    templates = claim["templates"]
    template = templates[0] if first else rng.choice(templates)
    n = claim["n"]
    n_text = _write_number(n, rng)
    if not first and rng.random() < 0.35:
        n_text = f"{rng.choice(HEDGES)} {n_text}"
    money = f"{claim['currency']}{claim['money']} {claim['money_unit']}"
    if not first and rng.random() < 0.3:
        money = f"{claim['money']} {claim['money_unit']} " + \
            {"$": "dollars", "€": "euros", "£": "pounds"}[claim["currency"]]
    pct = f"{claim['pct']:g}"
    if not first and rng.random() < 0.25:
        pct = f"{rng.choice(['about', 'almost', 'just over'])} {pct}"
    slots = dict(claim, n=n_text, money=money, pct=pct)
    core = template.format(**slots)
    if not first:
        words = core.split()
        core = " ".join(rng.choice(SYNONYMS[w]) if w in SYNONYMS and rng.random() < 0.3 else w for w in words)
    if claim["context"] and (first or rng.random() < 0.85):
        core = f"{core} {claim['context']}"
    if claim["detail"] and (first or rng.random() < 0.8):
        core = f"{core}, {claim['detail']}"
    when = claim["when"] if first or rng.random() < 0.7 else ""
    if when and rng.random() < 0.4:
        core = f"{when}, {core}"
    elif when:
        core = f"{core} {when}"
    speaker = (claim["speaker"] if first or rng.random() < 0.5 else rng.choice(SPEAKER_FORMS)).format(
        person=claim["speaker_person"], office=claim["speaker_office"])
    outlet = rng.choice(OUTLETS)
    form = 0 if first else rng.randrange(6)
    if form == 0:
        text = f"{core}, {speaker}"
    elif form == 1:
        text = f"{speaker[0].upper()}{speaker[1:]} that {core}"
    elif form == 2:
        text = f"According to {outlet}, {core}"
    elif form == 3:
        text = f"{core}, {outlet} reported"
    elif form == 4:
        text = f"{core}, {speaker}, citing {rng.choice(['officials', 'sources', 'a report', 'documents'])}"
    else:
        text = core
    return text[0].upper() + text[1:] + "."


ECHO_WEIGHTS = [40, 15, 10, 8, 6, 5, 4, 3, 3, 2, 2, 2]  # copies 1..12 of a claim


def make_corpus(size: int, seed: int) -> tuple[list[str], np.ndarray]:
    """*size* statements (shuffled) and the claim each one echoes."""
    rng = random.Random(seed)
    texts: list[str] = []
    claim_ids: list[int] = []
    claim_no = 0
    while len(texts) < size:
        claim = _claim(rng)
        copies = rng.choices(range(1, 13), weights=ECHO_WEIGHTS)[0]
        for copy in range(min(copies, size - len(texts))):
            texts.append(_echo(claim, rng, first=copy == 0))
            claim_ids.append(claim_no)
        claim_no += 1
    order = list(range(size))
    rng.shuffle(order)
    return [texts[i] for i in order], np.array([claim_ids[i] for i in order], dtype=np.int64)


# --------------------------------------------------------------------------- vectors


def cached_vectors(size: int, seed: int, embedder_choice: str, cache_dir: Path) -> tuple[Path, float | None]:
    """The corpus's vectors as an .npy file (embedded now, or earlier); the seconds embedding took now."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"{embedder_choice}-{size}-{seed}-g{GENERATOR_VERSION}.npy"
    if path.exists():
        return path, None
    from heuer.ledger.embedding import make_embedder

    texts, _ = make_corpus(size, seed)
    embedder = make_embedder(embedder_choice)
    start = time.perf_counter()
    chunks = []
    step = 5000
    for first in range(0, size, step):
        chunks.append(embedder.encode(texts[first : first + step]))
        if size > step:
            print(f"  embedding {min(first + step, size):,}/{size:,}", file=sys.stderr, flush=True)
    vectors = np.ascontiguousarray(np.vstack(chunks), dtype=np.float32)
    seconds = time.perf_counter() - start
    partial = path.with_suffix(".part.npy")
    np.save(partial, vectors)
    os.replace(partial, path)
    return path, seconds


# --------------------------------------------------------------------------- the two methods


def all_pairs(vectors: np.ndarray, threshold: float, block: int = 1024) -> tuple[np.ndarray, ...]:
    """Exact baseline: every (i, j) with cosine >= threshold, by blocked matrix products."""
    rows, cols, sims = [], [], []
    for start in range(0, len(vectors), block):
        scores = vectors[start : start + block] @ vectors.T
        r, c = np.nonzero(scores >= threshold)
        rows.append((r + start).astype(np.int32))
        cols.append(c.astype(np.int32))
        sims.append(scores[r, c])
        del scores
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(sims)


def _as_arrays(found: list[list[tuple[int, float]]]) -> tuple[np.ndarray, ...]:
    counts = np.fromiter((len(f) for f in found), dtype=np.int64, count=len(found))
    rows = np.repeat(np.arange(len(found), dtype=np.int32), counts)
    flat = [pair for f in found for pair in f]
    cols = np.fromiter((j for j, _ in flat), dtype=np.int32, count=len(flat))
    sims = np.fromiter((s for _, s in flat), dtype=np.float32, count=len(flat))
    return rows, cols, sims


def _memory_mb() -> tuple[float, float]:
    """(resident now, peak resident) in MB, from /proc/self/status (Linux)."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                name, value = line.split(":")
                found[name] = int(value.split()[0]) / 1024
    return found["VmRSS"], found["VmHWM"]


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark of this process (Linux >= 4.0); False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def worker(method: str, vectors_path: Path, threshold: float, rounds: int, k: int | None, out: Path) -> None:
    """Run one method in this (fresh) process; write its pairs to *out* and its measures to stdout."""
    import faiss  # noqa: F401  (imported before measuring, for both methods alike)

    from heuer.ledger.neighbours import NeighbourSearch

    vectors = np.load(vectors_path)
    vectors.sum()  # resident before the measure starts
    search = NeighbourSearch(min_similarity=threshold) if k is None else \
        NeighbourSearch(k=k, min_similarity=threshold)
    resident, peak_so_far = _memory_mb()
    before = resident if _reset_peak() else peak_so_far
    times = []
    result = None
    for _ in range(rounds):
        result = None
        start = time.perf_counter()
        if method == "baseline":
            result = all_pairs(vectors, threshold)
        else:
            result = search.find(vectors, vectors)
        times.append(time.perf_counter() - start)
    peak = _memory_mb()[1]
    rows, cols, sims = result if method == "baseline" else _as_arrays(result)
    np.savez(out, rows=rows, cols=cols, sims=sims)
    path = "all-pairs" if method == "baseline" else ("exact" if len(vectors) <= search.exact_limit else "ann")
    print(json.dumps({"seconds": min(times), "times": times, "memory_mb": max(0.0, peak - before),
                      "path": path, "k": search.k}))


def run_worker(method: str, vectors_path: Path, threshold: float, rounds: int, k: int | None,
               tmp: Path) -> tuple[dict, dict[str, np.ndarray]]:
    out = tmp / f"{method}.npz"
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", method, "--vectors", str(vectors_path),
               "--threshold", repr(threshold), "--rounds", str(rounds), "--out", str(out)]
    if k is not None:
        command += ["--k", str(k)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{method} worker failed:\n{done.stderr}")
    with np.load(out) as data:
        arrays = {name: data[name] for name in data.files}
    out.unlink()
    return json.loads(done.stdout.strip().splitlines()[-1]), arrays


# --------------------------------------------------------------------------- comparison


def _pairs(arrays: dict[str, np.ndarray], threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    keep = (arrays["sims"] >= threshold) & (arrays["rows"] != arrays["cols"])
    return arrays["rows"][keep], arrays["cols"][keep], arrays["sims"][keep]


def _unordered(rows: np.ndarray, cols: np.ndarray, n: int) -> np.ndarray:
    low, high = np.minimum(rows, cols).astype(np.int64), np.maximum(rows, cols).astype(np.int64)
    return np.unique(low * n + high)


def recall(baseline: dict[str, np.ndarray], heuer: dict[str, np.ndarray], threshold: float, n: int,
           k: int) -> dict[str, float]:
    """How many of the baseline's pairs (cosine >= threshold) heuer found.

    ``found``: unordered pairs {i, j} where i lists j or j lists i; ``ordered``: ordered pairs (i lists j);
    ``cap``: the unordered share that top-k lists can hold at all (j among the k-1 best partners of i,
    or i among those of j; the item itself takes the other place); ``pairs``: unordered pairs wanted.
    """
    rows, cols, sims = _pairs(baseline, threshold)
    if len(rows) == 0:
        return {"found": 1.0, "ordered": 1.0, "cap": 1.0, "pairs": 0}
    wanted = _unordered(rows, cols, n)
    got_rows, got_cols, _ = _pairs(heuer, threshold)
    found = len(np.intersect1d(wanted, _unordered(got_rows, got_cols, n), assume_unique=True))
    ordered = len(np.intersect1d(rows.astype(np.int64) * n + cols, got_rows.astype(np.int64) * n + got_cols))
    order = np.lexsort((-sims, rows))
    by_row = rows[order]
    rank = np.arange(len(by_row)) - np.searchsorted(by_row, by_row)
    listed = order[rank < k - 1]
    cap = len(_unordered(rows[listed], cols[listed], n))
    return {"found": found / len(wanted), "ordered": ordered / len(rows), "cap": cap / len(wanted),
            "pairs": len(wanted)}


def echo_coverage(baseline: dict[str, np.ndarray], claims: np.ndarray, threshold: float) -> tuple[float, float]:
    """Of the ordered pairs of echoes of one claim, the share >= threshold; of the pairs >= threshold,
    the share that are echoes of one claim."""
    keep = (baseline["sims"] >= threshold) & (baseline["rows"] != baseline["cols"])
    same = claims[baseline["rows"][keep]] == claims[baseline["cols"][keep]]
    sizes = np.bincount(claims)
    echo_pairs = int((sizes * (sizes - 1)).sum())
    return (int(same.sum()) / echo_pairs if echo_pairs else 1.0), (float(same.mean()) if len(same) else 1.0)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--embedder", default="minilm", choices=["minilm", "hashing"])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--k", type=int, default=None)
    ap.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "heuer-bench-matching")
    ap.add_argument("--worker", choices=["baseline", "heuer"], help=argparse.SUPPRESS)
    ap.add_argument("--vectors", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--threshold", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker(args.worker, args.vectors, args.threshold, args.rounds, args.k, args.out)
        return 0

    sys.path.insert(0, str(REPO / "src"))
    from heuer.ledger.embedding import HashingEmbedder, SentenceEmbedder

    scale = HashingEmbedder if args.embedder == "hashing" else SentenceEmbedder
    same, related = scale.same_claim, scale.related
    low = min(same, related)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    print(f"embedder={args.embedder} thresholds same_claim={same} related={related} seed={args.seed} "
          f"cpus={os.cpu_count()}")
    print(f"{'size':>7} {'path':>5} {'base_s':>8} {'heuer_s':>8} {'speedup':>8} "
          f"{'found@' + format(same, 'g'):>11} {'cap':>5} {'found@' + format(related, 'g'):>11} {'cap':>5} "
          f"{'base_MB':>8} {'heuer_MB':>8}")
    last = None
    for size in sizes:
        vectors_path, embed_seconds = cached_vectors(size, args.seed, args.embedder, args.cache_dir)
        rounds = 1 if size >= 100_000 else args.rounds
        with tempfile.TemporaryDirectory() as tmp:
            base_info, base = run_worker("baseline", vectors_path, low, rounds, args.k, Path(tmp))
            heuer_info, mine = run_worker("heuer", vectors_path, low, rounds, args.k, Path(tmp))
        k = heuer_info["k"]
        at_same = recall(base, mine, same, size, k)
        at_related = recall(base, mine, related, size, k)
        speedup = base_info["seconds"] / heuer_info["seconds"]
        print(f"{size:>7} {heuer_info['path']:>5} {base_info['seconds']:>8.2f} {heuer_info['seconds']:>8.2f} "
              f"{speedup:>7.1f}x {at_same['found']:>11.3f} {at_same['cap']:>5.3f} {at_related['found']:>11.3f} "
              f"{at_related['cap']:>5.3f} {base_info['memory_mb']:>8.0f} {heuer_info['memory_mb']:>8.0f}")
        _, claims = make_corpus(size, args.seed)
        covered, within = echo_coverage(base, claims, same)
        embedded = "cached" if embed_seconds is None else f"{embed_seconds:.1f}s"
        print(f"{'':>7} pairs {at_same['pairs']:,} >= same_claim (ordered found {at_same['ordered']:.3f}), "
              f"{at_related['pairs']:,} >= related (ordered found {at_related['ordered']:.3f}); echo pairs "
              f">= same_claim {covered:.3f}; pairs >= same_claim that are echoes {within:.3f}; k={k}; "
              f"embedding {embedded}", flush=True)
        found_same = at_same["found"]
        last = (size, speedup, found_same)
    if last is not None:
        size, speedup, found = last
        print(f"summary size={size} speedup={speedup:.1f} recall={found:.3f} (target >= 20x, >= 0.95)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
