"""Given names from the US Census Bureau's 1990 name frequency files (public domain), for names.py.

The hand-made lists in names.py came from the articles the quotes stage was tuned on; these add the commoner
American given names they lack ('Janelle', 'Adrian'), so a first name alone ('Walt, 71, said') and a name the
tagger misread are known as a person's and carry a gender. Built once (the files ship in the MIT-licensed PyPI
package ``names`` 0.3.0) with these filters, so a name here rarely means anything else:
- the 1,000 commonest female and 600 commonest male first names, not already in names.py;
- at least four times as frequent for one sex as for the other, and given that sex only at seven times or more
  (below, as 'Marty' or 'Robin', a given name of either sex: a person's, of no gender);
- not among the 1,000 commonest surnames ('Howard', 'Nelson', 'Kelly': a bare surname is likelier);
- not a common English word or place ('April', 'Hope', 'Georgia', 'Orlando', 'Guy', 'Drew') nor a president's surname
  ('Clinton', 'Roosevelt').
"""

from __future__ import annotations

CENSUS_FEMALE_NAMES: frozenset[str] = frozenset(
    """
    abby addie adela adele adriana adrienne aida aimee alana alba alberta alfreda alicia aline alisa alisha
    alison alissa allie allyson alma alta althea alyce alyson alyssa amalia amie amparo ana angelia angelica
    angelina angeline angelique angelita angie annie annmarie antoinette antonia araceli arlene arline ashlee
    audra aurelia avis barbra belinda benita bernadette bernadine berta bertha bertie bessie beth
    bethany bette bettie bettye beulah beverley blanca blanche bobbi bonita brandi brandie briana bridgett
    bridgette britney brittney brooke caitlin callie candace candice cara carissa carla carlene carmela carmella
    carole carrie casandra cassandra cassie catalina cathleen cathryn cathy cecelia cecile cecilia celeste
    celina chandra charlene charmaine chasity cheri cherie christa christi christie christy chrystal cindy clare
    clarice clarissa claudette claudia claudine coleen colette colleen concepcion concetta constance consuelo
    corina corine corinne cornelia corrine daphne darcy darla darlene deana deann deanna deanne debora deena
    deidre delia della delores deloris dena desiree diann dianna dianne dina dionne dollie dona dora doreen
    dorothea dorthy earlene earline earnestine edwina effie elaine elba elinor elisabeth elma elnora eloise elva
    elvia elvira erica ericka erika erin erma erna ernestine esmeralda esperanza essie estela estella estelle
    ester etta eugenia eula eunice evangelina evangeline fannie fanny felecia felicia flora florine flossie fran
    francine francisca freida gabrielle gena georgette georgina geraldine gilda glenda glenna gracie graciela
    gretchen hallie harriett hattie heidi helga henrietta herminia hollie holly ida ilene imelda imogene inez
    irma jacklyn jaclyn jacquelyn jami janell janelle janette janie janine janis janna jannie jayne jean
    jeanette jeanie jeanine jeanne jeannette jeannie jeannine jenifer jenna jeri jerri joann jocelyn jodi jodie
    jolene joni josefa josefina josie juana juanita juliana juliet justine kaitlin kara kari karina karla karyn
    katelyn katharine katheryn kathie kathrine katina katy kaye keisha kelli kellie kelsey kendra keri kerri
    kimberley krista kristen kristi kristie kristine kristy krystal ladonna lakeisha lakisha lana latasha
    latisha latonya latoya laurel lauri laurie lavonne lawanda leah leann leanna leanne leigh lela lelia lenora
    lenore leola leona leonor lesa lessie leta letha leticia letitia lidia lila lilia lilian lillian lillie
    lilly liz liza lizzie lois lola lolita lora loraine lorena lorene lorie lorrie lottie louella louisa louise
    lourdes luann lucile lucille lucinda luella luisa lula luz lynda lynette lynnette mable madeleine madge
    maggie mai malinda mallory mamie mandy manuela mara marcella marci marcia marcie marcy margarita margery
    margie margo margret mari marian marianne maribel maricela marietta marisa marisol marissa maritza marla
    marquita marsha marva maryann maryanne maryellen marylou mattie maude maura mayra meagan meghan melba
    melinda melisa melva meredith milagros millicent mindy minerva minnie mitzi mollie mona monica myra myrna
    myrtle nadine nanette nannie nelda nettie neva nichole nita noelle noemi nola nona odessa ofelia ophelia
    paige pam pansy patrica patti patty paulette pearlie phoebe priscilla rachael rachelle rae ramona randi reba
    rebekah regina rena renee reva reyna rhea rhoda rhonda robyn rochelle ronda rosalie rosalind rosalinda
    rosalyn rosanna rosanne roseann rosella rosemarie rosetta rosie roslyn rowena roxanne roxie ruthie sabrina
    sallie sandy sasha saundra selena selma shana shanna shari sharlene sharron shauna shawna sheena shelia
    shelley shelly sheree sheri sherri sherrie sherry sheryl simone socorro sondra staci stacie stefanie stella
    susana susanne susie suzette sybil sylvia tabatha tabitha tameka tamera tami tamika tammi tammie tamra tania
    tanisha tara tasha teri terra terri terrie tessa thelma therese tia tiffany tisha toni tonia tonya traci
    tracie tricia trina trisha trudy twila valarie velma verna veronica vickie vilma viola virgie vonda wanda
    wendi wilda willa wilma winnie yesenia yolanda yvette zelma
    """.split()
)
CENSUS_MALE_NAMES: frozenset[str] = frozenset(
    """
    abel abraham adolfo adrian agustin alex alfonso alfredo allan alonzo alton alvin andre andy angelo anton
    archie armando arturo bart benito benny bert blaine brad bret brett byron caleb calvin carlton cedric cesar
    chad charlie chester chris claude clifford clifton clint clyde cody cornelius cory curt damian damien damon
    danny darin darnell darrel darrell darren darrin darryl darwin daryl dave delbert demetrius derrick devin
    dewayne dewey dexter domingo dominic dominick donnie doug duane dwayne dwight eddie edgar edmond edwin
    efrain elbert eldon eli elias elmer elton elvin emanuel emil erick ernesto ernie ervin erwin esteban felipe
    forrest fred freddy fredrick garland garry gene gerardo gilberto grady greg gregg gregorio grover guillermo
    gustavo harlan hector homer hubert humberto ira irvin ismael jamal jarrod jerald jeremiah jermaine jerome
    jesus joaquin joey johnathan jonathon josh julio julius kelvin kermit kristopher lamont laurence leland
    leonardo leroy lonnie louie lowell luther lyle marc marcos marlon marvin mathew matt maurice melvin micheal
    milton monte myron nathaniel nick norbert orville pete phillip quinton ramiro ramon randal reuben
    reynaldo ricardo rickey roderick rodger rodolfo rogelio roland rolando ronnie roscoe ruben rudolph russel
    salvador sammy saul scotty shawn sheldon stephan sylvester teddy terence terrance terrence theodore timmy
    tommy trent tyrone vernon vicente virgil wendell wilbert wilbur wilfredo willard winston woodrow
    """.split()
)
CENSUS_EITHER_NAMES: frozenset[str] = frozenset(
    """
    bennie billie bobbie cary courtney freddie jewell kendall lesley loren marty mickey robin toby
    """.split()
)
