//! Stop words built into the browser's main module, generated from the `stopwords` crate's
//! lists by `PRECIS_WRITE_STOPWORD_DATA=1 cargo test stopword_data` (a test checks that it
//! is current): the English list whole (`stopword_lists::whole_list`), and for every other language its
//! signature, the `SIGNATURE_WORDS` shortest words of its NLTK list (`lang::signature`). The
//! whole lists come with the language pack.

pub(crate) const ENGLISH: &str = "i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself yourselves he him his himself she she's her hers herself it it's its itself they them their theirs themselves what which who whom this that that'll these those am is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very s t can will just don don't should should've now d ll m o re ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn wouldn't i'll he'll she'll we'll they'll i'd he'd she'd we'd they'd i'm he's we're they're i've we've they've can't cannot could here's how's let's ought that's there's what's when's where's who's why's would";

pub(crate) const SIGNATURES: &[(&str, &str)] = &[
    ("de", "als am an auf aus bei bin bis da das daß dem den der des die dir du ein er es für hab hat hin ich ihm ihn ihr im in ins ist man mir ob so um wo zu"),
    ("fr", "ai as au aux c ce ces d de des du en es et eu eux il j je l la le m ma me n ne on ou qu s sa se t ta te tu un y à"),
    ("es", "a al con de del e el en es ha he la las le lo los me mi más mí ni no o os por que se su sus sí te ti tu tú un una y ya yo él"),
    ("it", "a ad agl ai al all c ci coi col con da dal di e ed fu ha ho i il in io l la le li lo ma mi ne o se si su ti tu un vi è"),
    ("pt", "a ao aos as até com da das de do dos e ela ele em eu há já mas me na no nos não o os ou por que se sem seu sua só te tu um uma à às"),
    ("nl", "aan al als bij dan dat de die dit een en er ge had hem het hij ik in is ja je me men met na nu of om ook op te u uw van was wat ze zo zou"),
    ("sv", "att av de den det du där då ej en er ett för ha han har hon i jag ju man med men mig min ni nu och om på sig sin som så ut var vi än är åt"),
    ("da", "ad af at da de dem den der det du en er et for fra ham han har hun i jeg jo man med men mig min nu og om op os på sig sin som til ud var vi"),
    ("no", "at av da de den der det di du då eg en er et ha han ho i ja jeg me med meg mi no nå og om på si so som så til um ut var vi å"),
    ("fi", "ei emme en et ette he hän ja jos kuka kun me minä ne nuo nyt nämä ole olen olet oli olin olit olla on ovat se sen sinä sitä tai te tuo tuon tämä tänä tätä vai yli"),
    ("hu", "a aki ami az azt be bár de e egy el elõ ez ezt fel ill itt jó jól ki meg mi mit már más még míg ne nem ott rá s sem át én és így õ õk új"),
    ("ro", "a ai al am ar as au aş ba ca ce ci cu că da de dă e ea ei el eu fi i ia ii il in la le li m ma mi mă ne o t u v"),
    ("ru", "а бы в во все вы да до ее ей ж же за и из им их к как ли мы на не ни но ну о об он она от по с со то ты у уж что я"),
    ("tr", "acaba ama az bazı biri biz bu da daha de defa diye en eğer gibi hem hep her hiç ile ise için kez ki kim mu mü mı ne niye o siz tüm ve veya ya yani çok şey şu"),
    ("el", "αν αἱ αἳ αἵ αὖ γα γε δ' δέ δή δε δὲ δὴ δ’ επ εἰ εἴ η θα κ κι μή μα με μη μὴ να ο οι ἃ ἡ ἢ ἣ ἤ ἥ ὁ ὃ ὅ ὦ ᾧ"),
    ("ar", "آه آي أف أم أن أو أي إذ إن إي بخ بس بك بل به بي ته تي ثم ذا ذه ذو ذي عل عن في قد كل كم كي لا لك لم لن له لو لي ما مذ"),
    ("az", "a ad ay az bax beş bir biz bu bəy ci cu cü cı da dir düz də dək dən elə et ha hə il in ki nə o of on və ya çox öz ü üç ı ə ən"),
    ("kk", ""),
    ("ne", "अब आए उप एक ओठ औं का कि के को गए छ छु छू जब जे जो त तर तल ती न नि नै नौ पनि भए भन भर म मा यस या यी यो र ले सो हो"),
];
