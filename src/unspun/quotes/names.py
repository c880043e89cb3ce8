"""A small lexicon of common given names by gender, for pronoun resolution.

Without it, ``she said`` after ``Anna Vik`` (no title, no earlier pronoun) could
only be resolved by guessing; with it, a person whose first name is a common
female (or male) given name gets that gender when registered, so ``she`` skips
the men named in between. Names that are common for both genders are left out:
an unknown gender is still compatible with every pronoun.
"""

from __future__ import annotations

from unspun.quotes.census_names import CENSUS_EITHER_NAMES, CENSUS_FEMALE_NAMES, CENSUS_MALE_NAMES

FEMALE_NAMES: frozenset[str] = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah sara karen nancy lisa betty margaret
    sandra  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon
    laura cynthia kathleen amy shirley angela helen anna anne ann brenda pamela nicole emma samantha katherine
    catherine christine debra rachel carolyn janet virginia maria heather diane julie joyce victoria
    christina lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria
    kathryn alice teresa sophia grace denise amber doris marilyn danielle beverly isabella theresa diana
    natalie brittany charlotte marie kayla alexis lori hillary hilary nancy elena sonia ruth nikki
    carly michele sheila chelsea sarah katrina kirsten tammy elise
    debbie donna maxine nina ellen irene eva ingrid astrid petra helena maren karin ingrid sofia lucia
    valerie claire clara julia jane janice judy kate katie kathy susanna suzanne rosa rose wendy
    jenny jennie naomi elsa fiona aileen eileen priya kemi nadia natasha tatiana olga svetlana irina yulia
    anastasia ekaterina marina galina ludmila lyudmila oksana iryna halyna mariya daria darya ksenia
    agnieszka katarzyna malgorzata małgorzata joanna magdalena ewa beata dorota zofia hanna monika
    marta renata aleksandra justyna barbora jana lenka zuzana tereza veronika martina simona klara
    francesca giulia chiara alessandra federica valentina elisa silvia paola giovanna roberta serena
    isabel isabelle ines inés carmen pilar lucía mercedes dolores beatriz raquel cristina rocio rocío
    camille chloe chloé manon léa lea juliette amelie amélie aurelie aurélie nathalie sylvie brigitte
    monique mathilde margaux celine céline sandrine stephanie stéphanie helene hélène marion agathe
    sabine ursula gisela heike birgit anke katja silke annika lena leonie marlene frieda greta lotte
    annette angelika gudrun hildegard ilse liesel ute dagmar ines henrike johanna
    ingeborg sigrid solveig kristin kristina liv siri hilde gunhild tove maja freja ebba linnea
    aoife siobhan niamh sinead sinéad roisin róisín ciara orla grainne gráinne saoirse maeve
    bridget kathleen mairead máiréad nuala una deirdre
    amelia ava mia  abigail ella madison scarlett aria chloe penelope layla  zoey nora lily
    eleanor hazel violet aurora savannah audrey brooklyn bella claire  lucy paisley everly
    caroline naomi  aaliyah  kinsley allison gabriella alice madelyn cora ruby eva serenity
    autumn adeline hailey gianna valentina isla eliana  nevaeh ivy sadie piper lydia alexa josephine
    emery delilah arianna vivian kaylee sophie brielle madeline   clara  melanie mackenzie
     adalynn liliana aubree jade katherine isabelle natalia raelynn maya athena ximena arya leilani
     faith rose kylie alexandra mary margaret lyla  amaya eliza brianna  andrea khloe
    jasmine melody iris isabel norah annabelle valeria  adalyn   emilia kimberly
    yasmin yasmine fatima aisha ayesha amina zainab mariam maryam leila samira nour  layla salma
    mei  xiaoling  yumi yuki keiko sakura akiko hana priyanka sunita anita deepa lakshmi aditi
    shreya pooja neha kavita meera sita radha ananya ngozi chioma adaeze amara funmilayo folake
    gwen gwyneth sian siân rhian cerys bethan ffion megan nerys carys eluned
    tracy tracey stacey stacy julianne joanne joan  lynn lynne dawn gail gayle jill jillian vicky
    vicki patsy peggy polly molly sally dolly betsy becky bonnie connie lorraine maureen noreen
    pauline paula roberta rita gina tina lina tanya sonya sonja tamara vera vanessa bianca
    agnes celia edith mabel beatrice harriet florence ada esther miriam mira rhona
    winifred mildred edna ethel gladys muriel beryl marjorie hilda norma phyllis rosemary gwendolyn enid elsie
    daisy poppy maisie millie nell nellie imogen matilda mavis freda gertrude bernice yvonne kirsty morag catriona
    eilidh mhairi bronwen rhiannon
    nkechi chiamaka ifeoma yetunde abena akosua efua adwoa afia ji-yeon min-ji seo-yeon eun-ji hye-jin yuna
    ayşe ayse fatma zeynep elif emine hatice gülşen gulsen aylin merve kavya anjali deepika guadalupe lupe
    fernanda daniela mariana alejandra gabriela citlali linh huong thuy zahra sukhpreet
    marguerite genevieve geneviève lorna loretta""".split()
)
MALE_NAMES: frozenset[str] = frozenset(
    """james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank
    alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle
    walter walt ethan jeremy harold keith christian roger noah gerald carl sean austin arthur lawrence jesse
    dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
    vincent russell louis philip bobby johnny bradley bernie bernard barack bill mike ted marco ben
     rudy corey paul hugh tim mitch harry dick jim tom tomas tomás ola lars
    erik anders olaf karl hans fritz pierre jean-claude vladimir boris sergei xi
    gareth marcus stuart declan ciaran ciarán liam sean seán eoin oisin oisín padraig pádraig cormac
    colm conor connor niall ronan donal dónal fergal brendan kieran cian darragh rory lorcan
    rhys dafydd dai gethin iwan owain emyr huw llewelyn glyn
    oliver luca luka lukas jonas felix maximilian moritz niklas tobias florian sebastian dominik
    matthias jürgen jurgen wolfgang dieter klaus helmut horst gerhard günter gunter werner manfred
    rainer uwe jens jörg jorg heinz kurt otto friedrich ludwig joachim stefan steffen thorsten torsten
    holger volker ralf bernd andreas markus marcel
     jacques francois françois michel philippe alain bernard christophe nicolas olivier julien
    sébastien sebastien thierry laurent eric éric didier patrice pascal gilles guillaume antoine
    mathieu matthieu benoit benoît yves hervé herve rené rene emmanuel édouard edouard gérard gerard
    giuseppe giovanni antonio mario luigi francesco alessandro andrea matteo lorenzo marco roberto
    stefano salvatore vincenzo paolo riccardo gianluca massimo maurizio fabio davide  enrico
    alberto sergio claudio carlo
    javier alejandro miguel pablo jorge carlos manuel sergio rafael fernando francisco ángel angel
    diego alvaro álvaro raúl raul enrique ignacio iñigo xavier joan jordi pau andrés andres
    luís luis joão joao rui nuno tiago pedro
    piotr pawel paweł krzysztof tomasz marcin michał michal jakub mateusz wojciech andrzej  grzegorz
    łukasz lukasz dariusz mariusz zbigniew jerzy tadeusz kazimierz bartosz
    dmitry dmitri alexei aleksei alexey andrei andrey mikhail nikolai nikolay ivan yuri yury oleg igor
    pavel anatoly viktor volodymyr oleksandr oleksiy mykola petro bohdan taras vitali vitaliy yevgeny
    yevgeniy evgeny maxim maksim artem artyom kirill roman ruslan denis stanislav vyacheslav arseniy
    lars nils sven per bjorn björn magnus gustav henrik johan mats ola stig tor torbjorn knut
    hamid mohammed muhammad mohamed ahmed ahmad  omar umar hassan hussein ibrahim yusuf youssef
    khalid mustafa mahmoud tariq karim rashid samir walid ziad
    rajesh rahul amit vijay sanjay suresh ramesh arjun vikram anil sunil manoj ravi krishna narendra
     jian       chen hiroshi takeshi kenji haruto yuto
    chinedu emeka obinna chukwuma olusegun oluwaseun tunde babatunde kwame kofi kwabena
    liam noah elijah lucas mason logan ethan aiden caden jayden grayson carter owen wyatt julian
    levi isaac lincoln jaxon asher leo hudson ezra luke landon cooper hunter easton nolan jace
    cameron colton maverick ian silas evan brooks bennett jaxson declan  weston miles emmett harrison
    everett  micah vincent waylon tucker archer beau brody bryce chase cole dean derek dustin
    elliot elliott finn gavin gordon graham grant hank heath jake jared jasper jay jeff jeffery jim
    jimmy joel jon jonah kurt lance leon lewis lloyd lucas malcolm martin max mitchell neil nigel
    norman oscar otis perry phil quentin ray reggie rex rick ricky rob rodney ron ross seth shane shaun
    simon spencer stan steve stuart  theo todd tony travis trevor troy victor wade warren wes
    wesley will zach clive colin graham desmond duncan fraser hamish angus alistair alasdair callum
    euan ewan finlay gregor iain kenny murray ruaridh
    raj milo hugo rolf marek brent tomasz
    reginald cyril percy clarence herbert wilfred stanley horace ernest leonard sidney cecil geoffrey barry aled
    seamus cillian eamon aidan finbar dermot alfred edmund lionel rupert giles jolyon crispin tarquin rufus
    chidi femi olumide yaw kojo kwaku min-jun jun-ho seo-jun ji-ho hyun-woo dong-hyun sung-min mehmet ahmet emre
    burak murat kemal hakan rohan santiago mateo josé emilio eduardo cathal harjit kuldeep""".split()
)


# Every given name of either list: 'Ms Voss's husband, Daniel,' names a person by his first name.
FEMALE_NAMES |= CENSUS_FEMALE_NAMES
MALE_NAMES |= CENSUS_MALE_NAMES
GIVEN_NAMES: frozenset[str] = FEMALE_NAMES | MALE_NAMES | CENSUS_EITHER_NAMES  # the last of no gender


def gender_of_first_name(name: str) -> str | None:
    """'f' or 'm' when ``name`` starts with a common given name of that gender, else None."""
    words = name.split()
    if len(words) < 2:  # a surname alone says nothing ("Kelly", "Jordan")
        return None
    first = words[0].strip(".,").lower()
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    return None
