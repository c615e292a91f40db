## Language
language-first-prompt =
    Сәлеметсіз бе! Бұл — «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасының боты.
    Здравствуйте! Это бот пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу» («Приобщение к труду и профессии с раннего возраста»).

    Тілді таңдаңыз · Выберите язык
language-prompt = Сізге қай тілде сөйлесу ыңғайлы? Таңдаңыз:
language-chosen = Дайын: енді сізге қазақ тілінде жазамын. Тілді /lang пәрменімен ауыстыруға болады.
language-name-kk = қазақ тілі
language-name-ru = орыс тілі

## Roles and scopes
role-head = Меңгеруші (балабақша басшысы)
role-parent = Ата-ана
role-methodologist = Әдіскер
role-coordinator = Үйлестіруші
role-admin = Жоба әкімшісі
membership-org = { $role } — { $organization }, { $region }
membership-region = { $role } — { $region }
membership-national = { $role } — бүкіл республика
scope-national = бүкіл республика

## Start
start-guest =
    Бұл — Оқу-ағарту министрлігінің «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасының боты. Ол арқылы балабақшалар, әдіскерлер мен ата-аналар еске салғыштар мен кеңестер алады, есеп тапсырады.

    Қалай қосылуға болады:
    • ата-аналар — балабақшадан ата-аналарға арналған сілтемені не кодты сұрап алып, кодты осында жіберіңіз (мысалы, ABCD-2345);
    • меңгерушілер, әдіскерлер мен үйлестірушілер — сізге жіберілген жеке шақыру сілтемесін ашыңыз.

    Пәрмендер: /help
start-member =
    Сәлеметсіз бе! Сіз тіркелгенсіз:
    { $roles }

    Мүмкіндіктерім: /help

## Joining
join-offer-parent =
    Балабақша: { $organization }
    Өңір: { $region }

    Ата-ана ретінде қосылу үшін дербес деректеріңізді өңдеуге келісім беріңіз.
    Деректерді өңдейтін: { $operator }.
    Не сақталады: Telegram-дағы атыңыз бен пайдаланушы атыңыз, осы балабақшаға тіркелгеніңіз.
    Мақсаты: жобаның кеңестері мен хабарландыруларын жіберу, басқа ештеңе үшін емес.
    Негізі: «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңы.
    Келісімді кез келген уақытта /leave пәрменімен қайтарып ала аласыз — деректеріңіз өшіріледі.
join-offer-head =
    Балабақша меңгерушісіне арналған шақыру:
    { $organization }
    { $region }

    Бұл сіздің ұйымыңыз ба? Растасаңыз, сізді осы ұйымға тіркеймін.
join-offer-methodologist =
    Өңір әдіскеріне арналған шақыру: { $region }.

    Растасаңыз, сізді осы өңірге тіркеймін.
join-offer-coordinator-region =
    Өңір үйлестірушісіне арналған шақыру: { $region }.

    Растасаңыз, сізді осы өңірге тіркеймін.
join-offer-coordinator-national =
    Республикалық деңгейдегі үйлестірушіге арналған шақыру (барлық өңір).

    Растасаңыз, сізді тіркеймін.
join-button-consent = ✅ Келісемін, қосылу
join-button-confirm = ✅ Растау
join-button-decline = Бас тарту
join-problem-expired = Бұл шақырудың мерзімі өтіп кеткен. Сізді шақырған адамнан жаңасын жіберуді сұраңыз.
join-problem-used = Бұл шақыру пайдаланылып қойған. Ол жеке және бір-ақ рет жарамды; жаңасын сұраңыз.
join-problem-revoked = Бұл шақыру қайтарып алынды. Сізді шақырған адамнан жаңасын сұраңыз.
join-problem-rate-limited = Сәтсіз әрекеттер тым көп. 15 минут күтіп, қайталап көріңіз.
join-already = Сіз бұрыннан тіркелгенсіз: { $membership }. Ештеңе өзгерген жоқ.
join-done =
    Дайын! Сіз тіркелдіңіз: { $membership }.

    Мүмкіндіктерім: /help
join-declined = Жақсы, ештеңе сақталған жоқ.
join-code-prompt = Балабақша кодын жіберіңіз — 8 әріп пен цифр, мысалы: /join ABCD-2345

## Help and commands
help-title = Сізге қолжетімді пәрмендер:
help-cmd-start = Бастау
help-cmd-help = Пәрмендер тізімі
help-cmd-me = Менің деректерім: рөл, ұйым, тіл
help-cmd-lang = Тілді ауыстыру
help-cmd-join = Балабақша коды арқылы қосылу
help-cmd-invite = Қатысушыны шақыру
help-cmd-parentlink = Ата-аналарға арналған сілтеме мен QR-код
help-cmd-leave = Жобадан шығу және деректерімді өшіру
help-cmd-cancel = Ағымдағы әрекетті тоқтату

## Me
me-guest =
    Сіз жобаға әлі тіркелмегенсіз.
    Тіл: { $language }

    Қалай қосылуға болады: /start
me-member =
    Сіздің рөлдеріңіз:
    { $roles }

    Тіл: { $language }

## Leave
leave-nothing = Сіз ешбір ұйымға тіркелмегенсіз — өшіретін ештеңе жоқ.
leave-confirm =
    Сіз жобадан шығасыз:
    { $roles }

    Деректеріңіз (атыңыз, тіл, келісім) өшіріледі. Жалғастырасыз ба?
leave-button-yes = Иә, шығу және деректерді өшіру
leave-button-no = Жоқ, қалу
leave-done = Сіз жобадан шықтыңыз, деректеріңіз өшірілді. Қайта оралу үшін жаңа шақыру не балабақша коды қажет болады.
leave-cancelled = Жақсы, бәрі бұрынғыдай қалды.

## Invitations
invite-choose-role = Кімді шақырғыңыз келеді?
invite-choose-region = { $role }: өңірді таңдаңыз.
invite-national-button = Бүкіл республика
invite-choose-organization = { $region }: ұйымды таңдаңыз.
invite-no-organizations = Бұл өңірде әзірге ұйымдар жоқ.
invite-created =
    Шақыру жасалды.
    Рөлі: { $role }
    Қайда: { $scope }
    Жарамдылық мерзімі: { $until } (қоса алғанда), бір рет қолданылады.

    Осы сілтемені өзіңіз шақырған адамға жіберіңіз:
    { $link }

## Parent link
parentlink-text =
    Ата-аналарға арналған сілтеме — { $organization }:
    { $link }

    Немесе ботқа енгізілетін код: { $code }

    Сілтемені бірнеше рет пайдалануға болады: оны ата-аналарға таратыңыз немесе төмендегі QR-кодты басып шығарыңыз.
parentlink-qr-caption = { $organization }: ботқа қосылу үшін телефон камерасын QR-кодқа бағыттаңыз. Код: { $code }
parentlink-button-rotate = 🔄 Жаңа сілтеме шығару
parentlink-rotate-confirm = Ескі сілтеме, код және QR-код жұмыс істемей қалады; қосылып қойған ата-аналар қала береді. Жаңа сілтеме шығарайық па?
parentlink-button-rotate-yes = Иә, жаңасын шығару
parentlink-button-rotate-no = Жоқ
parentlink-rotated = Дайын: ескі сілтеме мен код енді жарамсыз.
parentlink-rotate-cancelled = Жақсы, сілтеме бұрынғыдай қалды.
parentlink-choose-organization = Ұйымды таңдаңыз:
parentlink-admin-hint = Кез келген ұйымның ата-аналарға арналған сілтемесін /invite → «Ата-ана» арқылы алуға болады.

## Common
common-unknown-command = Мұндай пәрмен жоқ. Қолжетімді пәрмендер тізімі: /help
common-not-understood = Хабарламаңызды түсінбедім. Қолжетімді пәрмендер: /help
common-stale-button = Бұл батырманың мерзімі өтті. Пәрменнен қайта бастаңыз.
common-not-allowed = Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.
common-error = Бірдеңе дұрыс болмады. Сәлден соң қайталап көріңіз.

## Reminders
reminder-button-open-report = 📝 Есепті ашу
reminder-report-opened =
    { $year } жылғы { $quarter }-тоқсан бойынша есеп қабылдау басталды.
    Ұйым: { $organization }
    Есепті { $dueDate } қоса алғанда тапсыру керек. Толтыруды бастау үшін төмендегі батырманы басыңыз.
reminder-report-due-week =
    Еске салу: { $year } жылғы { $quarter }-тоқсан бойынша есепті тапсыруға бір апта қалды (мерзімі — { $dueDate }).
    { $organization }: есеп әлі тапсырылған жоқ.
reminder-report-due-tomorrow =
    Еске салу: ертең ({ $dueDate }) — { $year } жылғы { $quarter }-тоқсан бойынша есеп тапсырудың соңғы күні.
    { $organization }: есеп әлі тапсырылған жоқ.
reminder-report-due-today =
    Бүгін ({ $dueDate }) — { $year } жылғы { $quarter }-тоқсан бойынша есеп тапсырудың соңғы күні.
    { $organization }: есеп әлі тапсырылған жоқ. Күн аяқталғанға дейін тапсырып үлгеріңіз.
reminder-report-overdue =
    { $organization }: { $year } жылғы { $quarter }-тоқсан бойынша есеп тапсыру мерзімі ({ $dueDate }) өтіп кетті, есеп әлі тапсырылған жоқ. Кешігу — { $days } күн.
    Есепті мүмкіндігінше тезірек тапсыруыңызды сұраймыз.
reminder-report-overdue-methodologists =
    { $region }: { $year } жылғы { $quarter }-тоқсан бойынша есебін мерзімінде ({ $dueDate }) тапсырмаған балабақшалар ({ $count }):
    { $organizations }
    Меңгерушілермен хабарласып, есепті тапсыруға көмектесуіңізді сұраймыз.

## Report
help-cmd-report = Тоқсандық есеп
report-no-period = Қазір ашық есепті кезең жоқ. Ол ашылғанда еске саламын.
report-already-accepted = Бұл кезең бойынша есепті әдіскер қабылдап қойған — оны өзгертуге болмайды.
report-deadline-passed = Тапсыру мерзімі өтті, ал есеп жіберіліп қойған: оны әдіскер пысықтауға қайтарған жағдайда ғана өзгертуге болады.
report-busy = Бұл есепті қазір { $editor } толтырып жатыр. Бір-біріңіздің жауаптарыңызды өшіріп алмас үшін өзара келісіп алыңыз. Әріптесіңіз аяқтаса, оның орнына жалғастыруға болады.
report-someone = әріптесіңіз
report-button-take-over = Әріптесімнің орнына жалғастыру
report-taken-over = Есепті әрі қарай { $editor } толтырып жатыр. Сіздің жауаптарыңыз сақталды. Қайта оралу: /report
report-choose-organization = Қай ұйымның есебін толтырасыз?
report-resumed = Тоқтаған жеріңізден жалғастырамыз. Бұрынғы жауаптарыңыздың бәрі сақталған.
report-paused = Толтыру тоқтатылды, жауаптарыңыз сақталды. Жалғастыру: /report
report-question-position = Сұрақ { $position }/{ $total }
report-optional-mark = (міндетті емес)
report-current-answer = Қазіргі жауап: { $value }
report-returned-comment = 💬 Әдіскердің пікірі: { $comment }
report-hint-integer = Бүтін санды енгізіңіз: ең азы { $min }, ең көбі { $max }.
report-hint-text = Жауапты мәтінмен жазыңыз ({ $max } таңбаға дейін).
report-hint-multi = Сәйкес келетін нұсқалардың бәрін белгілеп, «Дайын» батырмасын басыңыз.
report-hint-photos = { $max } фотоға дейін бір-бірден жіберіп, соңында «Фото дайын» батырмасын басыңыз. Тоқтату: /cancel
report-hint-choice = Нұсқаны батырмамен таңдаңыз.
report-button-done = ✅ Дайын
report-button-photos-done = ✅ Фото дайын
report-button-skip = Өткізіп жіберу
report-button-submit = 📨 Есепті жіберу
report-button-resubmit = 📨 Түзетілген есепті жіберу
report-photo-added = Фото қосылды: { $count }/{ $max }. Тағы жіберіңіз немесе «Фото дайын» батырмасын басыңыз.
report-value-unanswered = жауап жоқ
report-value-skipped = —
report-value-yes = Иә
report-value-no = Жоқ
report-value-photos = { $count } фото
report-summary-title = Есеп: { $organization }, { $year } жыл, { $quarter }-тоқсан
report-summary-footer = Жауаптарды тексеріңіз. Жауапты өзгерту үшін оның нөмірі бар ✏️ батырмасын басыңыз; бәрі дұрыс болса, есепті жіберіңіз.
report-summary-use-buttons = Қазір жиынтық көрсетілген. Жауапты өзгерту үшін ✏️ батырмасын басыңыз немесе есепті батырмамен жіберіңіз.
report-missing-before-submit = Есепті жіберу үшін жетіспейтін жауаптар саны: { $count }. Біріншісінен бастап жалғастырайық.
report-submitted = Есеп жіберілді ({ $version }-нұсқа). Рақмет! Әдіскер тексергенге дейін және мерзім біткенше оны өзгертуге болады: /report
report-submitted-late = Есеп мерзімі өткен соң жіберілді, кешіккен деп белгіленді ({ $version }-нұсқа). Рақмет! Әдіскер оны тексереді.
report-error-expected-number = Сан қажет — оны цифрмен жазыңыз.
report-error-not-a-number = Бұл бүтін сан емес. Санды цифрмен жазыңыз (ең азы { $min }, ең көбі { $max }), мысалы: 12
report-error-out-of-range = Сан ең азы { $min }, ең көбі { $max } болуы керек.
report-error-expected-text = Жауапты мәтінмен жазу қажет.
report-error-too-long = Тым ұзын: { $length } таңба, ал { $max } таңбадан аспауы керек. Қысқартыңызшы.
report-error-use-buttons = Жауапты сұрақтың астындағы батырмамен таңдаңыз.
report-error-expected-photo = Мұнда фотосуреттер қажет (файл емес, фото ретінде), ең көбі { $max }. Немесе «Фото дайын» батырмасын басыңыз.
report-error-required = Бұл сұрақ міндетті — жауапсыз есепті жіберу мүмкін емес.
report-error-choose-at-least = Кемінде { $min } нұсқаны белгілеңіз.
report-error-too-many-photos = { $max } фото қосылып қойды — бұдан артық болмайды.
report-error-unsupported-message = Мұндай хабарлама бұл сұраққа жауап бола алмайды.

## Report form v1
form-v1-title = Пилоттық жобаға қатысу туралы тоқсандық есеп
form-v1-directions = Осы тоқсанда таңдалған жұмыс бағыттары (кәсіп салалары)
form-v1-direction-agriculture = Ауыл шаруашылығы
form-v1-direction-construction = Құрылыс
form-v1-direction-medicine = Медицина және денсаулық
form-v1-direction-transport = Көлік
form-v1-direction-industry = Өнеркәсіп және өндіріс
form-v1-direction-trade-services = Сауда және қызмет көрсету
form-v1-direction-education = Білім беру
form-v1-direction-culture-arts = Мәдениет және өнер
form-v1-direction-digital = Цифрлық технологиялар
form-v1-direction-household = Тұрмыстық еңбек және өзіне-өзі қызмет ету
form-v1-activities = Тоқсан ішінде эксперименттік топтармен еңбек пен кәсіп тақырыбында қанша сабақ өткізілді?
form-v1-activities-help = Бағдарлама тақырыбы бойынша ұйымдастырылған оқу қызметін, ойын-сабақтар мен жобаларды есепке алыңыз.
form-v1-meetings = Кәсіп иелерімен қанша кездесу және қанша экскурсия өткізілді?
form-v1-parents = Бірлескен іс-шараларға қанша ата-ана қатысты?
form-v1-zones = Тоқсан ішінде пәндік-дамыту ортасының қанша жаңа аймағы немесе бұрышы жасалды?
form-v1-zones-help = Мысалы: «Жас құрылысшы» бұрышы, шағын бақша, «Емхана» ойын бұрышы.
form-v1-zones-description = Жаңа аймақтар мен бұрыштарды қысқаша сипаттаңыз
form-v1-exp-high = Эксперименттік топтар: дағдыларды байқау нәтижесі бойынша қанша бала жоғары деңгейде?
form-v1-exp-middle = Эксперименттік топтар: қанша бала орта деңгейде?
form-v1-exp-low = Эксперименттік топтар: қанша бала төмен деңгейде?
form-v1-ctl-high = Бақылау топтары: дағдыларды байқау нәтижесі бойынша қанша бала жоғары деңгейде?
form-v1-ctl-middle = Бақылау топтары: қанша бала орта деңгейде?
form-v1-ctl-low = Бақылау топтары: қанша бала төмен деңгейде?
form-v1-rule-exp-sum = Эксперименттік топтарда { $expected } бала бар, ал деңгейлер бойынша { $actual } шықты. Үш санды жоғары деңгейден бастап қайта енгізіңіз.
form-v1-rule-ctl-sum = Бақылау топтарында { $expected } бала бар, ал деңгейлер бойынша { $actual } шықты. Үш санды жоғары деңгейден бастап қайта енгізіңіз.
form-v1-best-practice = Тоқсанның үздік тәжірибесі: не ерекше сәтті болды?
form-v1-best-practice-help = Басқа балабақшалармен бөлісуге тұрарлық сабақты, жобаны немесе тың идеяны сипаттаңыз.
form-v1-best-practice-photos = Үздік тәжірибенің фотосуреттері
form-v1-difficulties = Кездескен қиындықтар мен тәуекелдер
form-v1-help-topics = Әдістемелік орталықтан қандай көмек қажет?
form-v1-help-topic-environment = Пәндік-дамыту ортасы
form-v1-help-topic-methods = Сабақ әдістемесі
form-v1-help-topic-parents = Ата-аналармен жұмыс
form-v1-help-topic-monitoring = Дағдыларды байқау және бағалау
form-v1-help-topic-materials = Құралдар мен материалдар
form-v1-help-text = Қандай көмек қажет екенін сипаттаңыз

## Groups
help-cmd-groups = Топтар: эксперименттік және бақылау топтары
groups-choose = Қай балабақшаның топтарын ашамыз? Балабақшаны немесе өңірді таңдаңыз.
groups-choose-organization = { $region }: балабақшаны таңдаңыз.
groups-title = { $organization } — жобаға қатысатын топтар:
groups-empty = Әзірге бірде-бір топ қосылмаған.
groups-line = { $index }. «{ $name }» · { $age } · { $children } бала · { $arm ->
        [experimental] Эксперименттік топ
       *[control] Бақылау тобы
    } ({ $status })
groups-arm-confirmed = әдіскер растаған
groups-arm-unconfirmed = әдіскер әлі растамаған
groups-totals = Барлық балалар саны: эксперименттік топтарда — { $experimental }, бақылау топтарында — { $control }.
groups-head-hint-empty = Жобаға қатысатын топтарды қосыңыз: олар тоқсандық есепке және ата-аналарға арналған кеңестерге керек.
groups-methodologist-hint = Әр топтың эксперименттік не бақылау тобы екенін растаңыз немесе өзгертіңіз (● — қазіргі белгі).
groups-button-add = ➕ Топ қосу
groups-button-archive = 🗑 { $index }. «{ $name }» тобын шығару
groups-button-back = ◀ Балабақшалар тізімі
groups-arm-experimental = Эксперименттік топ
groups-arm-control = Бақылау тобы
groups-arm-short-experimental = эксперименттік
groups-arm-short-control = бақылау
groups-age-early = Ерте жас тобы (1–2 жас)
groups-age-junior = Кіші топ (2–3 жас)
groups-age-middle = Ортаңғы топ (3–4 жас)
groups-age-senior = Ересек топ (4–5 жас)
groups-age-preschool = Мектепалды даярлық тобы (5–6 жас)
groups-ask-name =
    Жаңа топ қосамыз — { $organization }.
    Топтың атауын жазыңыз (ең көбі { $max } таңба), мысалы: Күншуақ.
    Тоқтату үшін: /cancel
groups-ask-age = «{ $name }» тобы балалардың қай жасына арналған?
groups-ask-children = Топта неше бала бар? { $min } мен { $max } аралығындағы бүтін санды жазыңыз.
groups-ask-arm =
    Салыстырмалы мониторингте бұл топ қайсысына жатады?
    Эксперименттік топ бағдарлама бойынша жұмыс істейді, бақылау тобы — бағдарламасыз.
groups-added = ✅ «{ $name }» тобы қосылды. Эксперименттік не бақылау тобы екенін өңір әдіскері растайды.
groups-name-not-text = Топтың атауын мәтінмен жазыңыз.
groups-name-too-long = Атау тым ұзын: { $length } таңба, ал ең көбі — { $max }. Қысқартып жазыңыз.
groups-name-taken = Бұл балабақшада «{ $name }» деген топ бұрыннан бар. Басқа атау жазыңыз.
groups-children-not-number = Балалар санын цифрмен, бүтін сан етіп жазыңыз, мысалы: 20.
groups-children-out-of-range = Балалар саны { $min } мен { $max } аралығында болуы керек.
groups-use-buttons = Жауапты сұрақтың астындағы батырмалардан таңдаңыз.
groups-archive-confirm = «{ $name }» тобын жобадан шығарасыз ба? Бұрын тапсырылған есептердегі деректер сақталады.
groups-archive-yes = Иә, шығару
groups-archive-no = Жоқ, қалсын
groups-archived = «{ $name }» тобы жобадан шығарылды.
groups-arm-confirmed-alert = «{ $name }»: { $arm ->
        [experimental] эксперименттік топ
       *[control] бақылау тобы
    } — расталды.
groups-arm-changed-alert = «{ $name }» енді { $arm ->
        [experimental] эксперименттік топ
       *[control] бақылау тобы
    } болып белгіленді.

## Periods
help-cmd-periods = Есеп беру кезеңдері
periods-title = Есеп беру кезеңдері (күндер Қазақстан уақытымен):
periods-line = { $year } жыл, { $quarter }-тоқсан: { $opens } – { $due }
periods-line-open = { $year } жыл, { $quarter }-тоқсан: { $opens } – { $due } (қазір ашық)
periods-empty = Әзірге бірде-бір кезең белгіленбеген.
periods-usage = Кезеңді белгілеу не өзгерту: /setperiod <жыл> <тоқсан> <ашылатын күні> <тапсыру мерзімі>, мысалы: /setperiod 2027 1 2027-03-15 2027-04-05 (күндер ЖЖЖЖ-АА-КК түрінде).
periods-invalid = Пәрмен дұрыс жазылмады: { $reason }
periods-error-arguments = төрт мән керек — жыл, тоқсан, ашылатын күні және тапсыру мерзімі.
periods-error-year = жыл 2020 мен 2100 аралығындағы сан болуы керек.
periods-error-quarter = тоқсан 1, 2, 3 немесе 4 болуы керек.
periods-error-date = «{ $value }» — ЖЖЖЖ-АА-КК түріндегі нақты күн емес.
periods-error-order = ашылатын күні тапсыру мерзімінен кейін болмауы керек.
periods-created = ✅ { $year } жылғы { $quarter }-тоқсан кезеңі қосылды: { $opens } – { $due }.
periods-updated = ✅ { $year } жылғы { $quarter }-тоқсан кезеңінің күндері өзгертілді: { $opens } – { $due }.

## Conversations
conversation-cancelled = Тоқтатылды. Қажет болса, пәрменнен қайта бастаңыз.
conversation-busy = Алдымен басталған әрекетті аяқтаңыз: жоғарыдағы сұраққа жауап беріңіз немесе /cancel арқылы тоқтатыңыз.
conversation-stale-button = Бұл батырма ескі хабарламада. Соңғы сұраққа жауап беріңіз.

## Review
help-cmd-review = Балабақшалардың есептерін тексеру
review-nothing = Тексеруді күтіп тұрған есеп жоқ.
review-list-title = Тексеруді күтіп тұрған есептер: { $count }. Есепті таңдаңыз (⏰ — мерзімінен кеш тапсырылған):
review-already-decided = Бұл есеп бойынша шешім қабылданып қойған немесе ол өзгертілген. Тізімді қайта ашыңыз: /review
review-report-header =
    { $organization }
    { $region }
    { $year } жыл, { $quarter }-тоқсан · { $version }-нұсқа · жіберілген күні: { $submitted }
review-late-mark = ⏰ Мерзімінен кеш тапсырылған.
review-decide = Есепті қабылдайсыз ба, әлде пікірмен пысықтауға қайтарасыз ба?
review-button-accept = ✅ Қабылдау
review-button-return = ↩️ Пысықтауға қайтару
review-accepted = Есеп қабылданды: { $organization }. Меңгеруші хабарлама алады.
review-return-choose-fields =
    Есепті қайтару: { $organization }.
    Түзету қажет сұрақтардың нөмірлерін белгілеп, «Әрі қарай» батырмасын басыңыз. Тоқтату: /cancel
review-return-button-next = Әрі қарай ➡️
review-return-choose-one = Кемінде бір сұрақты белгілеңіз.
review-return-use-buttons = Сұрақтарды тізімнің астындағы батырмалармен белгілеңіз.
review-return-ask-comment = «{ $field }» сұрағына пікір — нені түзету керек? ({ $max } таңбаға дейін)
review-return-comment-not-text = Пікірді мәтінмен жазыңыз.
review-return-comment-too-long = Тым ұзын: { $length } таңба, ал { $max } таңбадан аспауы керек.
review-returned = Есеп пысықтауға қайтарылды: { $organization }. Пікір жазылған сұрақтар: { $count }. Меңгеруші хабарлама алады.
review-notice-accepted = ✅ Әдіскер есепті қабылдады: { $organization }, { $year } жыл, { $quarter }-тоқсан. Рақмет!
review-notice-returned = ↩️ Әдіскер есепті пысықтауға қайтарды: { $organization }, { $year } жыл, { $quarter }-тоқсан. Пікір жазылған сұрақтар: { $count }. Есепті ашыңыз — мен тек сол сұрақтарды қайта көрсетемін.
report-button-open-report = 📝 Есепті ашу

## Weekly activities (tips)
help-cmd-tip = Осы аптаның отбасылық іс-әрекеті
help-cmd-tips = Апталық кеңестер: баптау, көрсеткіштер
help-cmd-child = Балам қай топта
tips-weekly =
    🏠 Аптаның отбасылық іс-әрекеті: { $title }
    ⏱ { $minutes } минут

    { $activity }

    💬 Балаңызбен әңгімеде қолданатын сөздер: { $words }{ $hasSafety ->
        [1] {"\u000A"}{"\u000A"}⚠️ Қауіпсіздік: { $safety }
       *[0] {""}
    }{ $hasYoungest ->
        [1] {"\u000A"}{"\u000A"}👶 Ең кішкентайларға: { $youngest }
       *[0] {""}
    }

    Қалай өткенін төмендегі батырмалардың бірімен белгілеңіз.
tips-button-done = ✅ Орындадық
tips-button-too-hard = 😓 Тым қиын
tips-button-not-for-us = 🙅 Бізге келмейді
tips-not-parent = Апталық кеңестер ата-аналарға арналған. Балабақшаға ата-ана ретінде қосылу үшін балабақша берген кодты жіберіңіз.
tips-none-no-child = Кеңестер балаңыздың тобына қарай таңдалады. Алдымен балаңыз қай топқа баратынын көрсетіңіз.
tips-none-yet = Әзірге кеңес жіберілген жоқ. Бірінші кеңес таңдалған күні келеді: { $day }, сағат { $hour }:00 (Астана уақыты).
tips-weekday-1 = дүйсенбі
tips-weekday-2 = сейсенбі
tips-weekday-3 = сәрсенбі
tips-weekday-4 = бейсенбі
tips-weekday-5 = жұма
tips-weekday-6 = сенбі
tips-weekday-7 = жексенбі
tips-settings-on = Апталық кеңестер қосулы. Күні: { $day }, сағаты: { $hour }:00 (Астана уақыты).
tips-settings-off = Апталық кеңестер тоқтатылған. Қайта қосу үшін төмендегі батырманы басыңыз немесе /tips on жіберіңіз.
tips-button-pause = ⏸ Тоқтату
tips-button-resume = ▶️ Қайта қосу
tips-button-day = 📅 Күнді өзгерту
tips-button-hour = 🕙 Уақытты өзгерту
tips-choose-day = Кеңес аптаның қай күні келсін?
tips-choose-hour = Кеңес сағат нешеде келсін? (Астана уақыты)
tips-head-title = { $organization }: ата-аналарға жіберілген апталық кеңестер
tips-head-no-groups = Жобаға қатысатын топтар әлі енгізілмеген (/groups).
tips-head-group = • { $group } ({ $arm }): ата-аналар — { $parents }, жіберілді — { $sent }, орындалды — { $done }, тым қиын — { $tooHard }
tips-region-lifted = { $region }: бақылау топтарындағы балалардың ата-аналары да кеңес алады (шектеу алынды).
tips-region-restricted = { $region }: кеңестерді тек эксперименттік топтардағы балалардың ата-аналары алады. Нәтижелерді дұрыс салыстыру үшін бақылау топтарындағы балалардың ата-аналары жоба аяқталғанша кеңес алмайды. Шектеуді жоба аяқталған соң ғана алыңыз.
tips-region-liked = Ата-аналар ең жиі орындаған іс-әрекеттер (қанша рет орындалғаны):
tips-button-lift = Бақылау топтарына да ашу
tips-button-restrict = Шектеуді қайтару
tips-lift-done = Дайын: келесі аптадан бастап бақылау топтарындағы балалардың ата-аналары да кеңес алады.
tips-restrict-done = Дайын: кеңестерді қайтадан тек эксперименттік топтардағы балалардың ата-аналары алады.
tips-feedback-thanks = Рақмет, жауабыңыз сақталды.
tips-feedback-week-over = Бұл кеңес берілген апта өтіп кетті, сондықтан енді жауап беруге не жауапты өзгертуге болмайды.
tips-ask-comment = Керемет! Қаласаңыз, фото жіберіңіз немесе балаңыздың не айтқанын бір-екі сөзбен жазыңыз. Міндетті емес.
tips-comment-saved = Рақмет! Бөліскеніңіз балабақша үшін маңызды.
tips-ask-child =
    Жобаның эксперименттік топтарындағы балалардың ата-аналарына апта сайын еңбек пен кәсіптер туралы отбасымен бірге орындайтын қысқа іс-әрекет жіберемін.
    Оны алу үшін балаңыз қай топқа баратынын көрсетіңіз.
child-overview-title = Балаларыңыздың топтары
child-none = Топ әлі көрсетілмеген.
child-button-remove = ✖ { $group }
child-button-add = ➕ Топты көрсету
child-button-add-in = ➕ Топ: балабақша { $index }
child-no-groups = { $organization }: жобаға қатысатын топтар әлі енгізілмеген. Балабақша топтарды енгізгенде, сізден қайта сұраймын.
child-ask-group = { $organization }: балаңыз қай топқа барады? Бірнеше балаңыз болса, әрқайсысының тобын көрсетіңіз (/child).
child-not-parent = Бұл пәрмен ата-аналарға арналған.
child-saved-experimental = Сақталды: { $group }. Апта сайын отбасымен бірге орындайтын іс-әрекет жіберіп отырамын (әдепкі бойынша — сенбі, сағат 10:00; өзгерту үшін: /tips).
child-saved-control = Сақталды: { $group }. Бұл топ салыстырмалы мониторингтегі бақылау тобы, сондықтан жоба кезінде апталық кеңестер жіберілмейді. Жоба аяқталған соң кеңестер сізге де келуі мүмкін.
child-removed = Өшірілді.
help-cmd-activities = Апталық іс-әрекеттер кітапханасы
activities-list = Апталық іс-әрекеттер: барлығы { $total } (бет { $page }/{ $pages }). Қарау, өзгерту немесе алып тастау үшін таңдаңыз. ⏹ — алынып тасталғандары.
activities-button-new = ➕ Жаңа іс-әрекет
activities-preview-kk = 👁 Ата-анаға қазақша осылай барады:
activities-preview-ru = 👁 Ата-анаға орысша осылай барады:
activities-button-edit-kk = ✏️ Қазақша мәтін
activities-button-edit-ru = ✏️ Орысша мәтін
activities-button-retire = ⏹ Алып тастау
activities-button-restore = ▶️ Қайтару
activities-card-active = Бұл іс-әрекет ата-аналарға кезегімен жіберіледі.
activities-card-retired = Бұл іс-әрекет алынып тасталған: ешкімге жіберілмейді.
activities-retired = Алынып тасталды: енді ешкімге жіберілмейді.
activities-restored = Қайтарылды: кезегімен қайта жіберіледі.
activities-ask-direction = Жаңа іс-әрекет қай бағытқа жатады?
activities-language-kk = қазақ тіліндегі
activities-language-ru = орыс тіліндегі
activities-ask-text =
    Іс-әрекеттің { $language } мәтінін бір хабарламамен жіберіңіз. Бөліктерді бір-бірінен жеке жолдағы үш сызықшамен (---) бөліңіз:
    атауы
    ---
    не істеу керек (10–15 минут, үйдегі заттармен)
    ---
    баламен әңгімеде қолданатын сөздер, үтір арқылы (3–6 сөз)
    ---
    қауіпсіздік ескертпесі (болмаса: -)
    ---
    ең кішкентайларға нұсқа (болмаса: -)
activities-text-invalid = Мәтінді оқи алмадым. Кемі үш бөлік керек (атауы, іс-әрекет, сөздер), әр бөлік «---» жолымен бөлінеді. Іс-әрекет сипаттамасы 200–1800 таңба, сөздер 3–6 болсын. Қайта жіберіңіз.
activities-confirm = Жоғарыдағы екі нұсқаны тексеріңіз. Сақтайсыз ба?
activities-button-save = 💾 Сақтау
activities-button-discard = Бас тарту
activities-saved = Сақталды. Өзгеріс келесі апталық жоспардан бастап ескеріледі.
activities-discarded = Өзгерістер сақталмады.
activities-problem-incomplete = Жаңа іс-әрекетті екі тілде де жазу керек: екінші тілдегі мәтінді жіберіңіз.
activities-problem-mismatched_parts = Қауіпсіздік ескертпесі мен кішкентайларға нұсқа екі тілде бірдей болуы керек: біреуінде бар болса, екіншісінде де жазыңыз.
## Access and personal data
join-consent-operator-generic = Қазақстан Республикасы Оқу-ағарту министрлігінің пилоттық жобасының операторы
join-problem-invalid = Бұл сілтеме не код жарамсыз. Дұрыс енгізілгенін тексеріңіз немесе балабақшадан өзекті сілтеме не кодты сұраңыз.
join-problem-own = Бұл шақыруды өзіңіз жасадыңыз, сондықтан оны өзіңіз пайдалана алмайсыз. Оны шақыратын адамға жіберіңіз.
leave-choose =
    Сіз бірнеше жерде тіркелгенсіз:
    { $list }

    Тек біреуінен шығу үшін оның нөмірін таңдаңыз немесе жобадан толық шығыңыз — сонда деректеріңіз өшіріледі.
leave-button-all = Толық шығу
leave-one-done = Сіз енді мұнда тіркелмегенсіз: { $membership }. Басқа тіркелулеріңіз сақталды.
conversation-too-many-wrong-answers = Қатарынан тым көп жарамсыз жауап берілді, сондықтан әрекет тоқтатылды; ештеңе сақталған жоқ. Қайта бастау үшін { $command } жіберіңіз.
help-cmd-invitations = Шақырулар: тізім және қайтарып алу
invitations-none = Пайдаланылмаған жеке шақыру жоқ.
invitations-title = Пайдаланылмаған жеке шақырулар саны: { $count }. Қайтарып алынған шақыру бірден жарамсыз болады.
invitations-item = { $n }. { $role } — { $scope }. Жасалған күні: { $created }, жарамды мерзімі: { $until } қоса алғанда.
invitations-item-mine = { $n }. { $role } — { $scope }. Өзіңіз жасадыңыз: { $created }, жарамды мерзімі: { $until } қоса алғанда.
invitations-button-revoke = ✖️ Қайтарып алу: { $n }
invitations-revoked = Шақыру қайтарып алынды.
invitations-already-closed = Бұл шақыру пайдаланылған немесе қайтарып алынған.
parentlink-button-expiry = ⏳ Сілтеменің мерзімі
parentlink-expiry-ask = Ата-аналарға арналған сілтеме мен код қанша уақыт жарамды болсын? Қосылып қойған ата-аналар кез келген жағдайда қалады.
parentlink-expiry-days = { $days } күн
parentlink-button-expiry-none = Мерзімсіз
parentlink-expiry-none = Сілтеме мен код мерзімсіз жарамды.
parentlink-expiry-until = Сілтеме мен код { $until } қоса алғанда жарамды.
parentlink-expired = Сілтеме мен кодтың мерзімі өтті: жаңа сілтеме шығарыңыз.

## Status and digest
help-cmd-status = Жиынтық: есептер, қатысушылар, дағдылар
help-cmd-digest = Апталық жиынтықты қосу не өшіру
status-not-allowed = Жиынтықты балабақша меңгерушілері, әдіскерлер және жоба үйлестірушілері көре алады.
status-no-periods = Есеп беру кезеңдері әлі белгіленбеген.
status-choose = Өңірді немесе балабақшаны таңдаңыз:
status-period = { $year } жылғы { $quarter }-тоқсан · тапсыру мерзімі — { $due }
status-title-country = 📊 Бүкіл ел
status-title-region = 📊 { $region }
status-hint-drill-down = Өңірдің балабақшаларын көру үшін оның атауын басыңыз.
status-no-kindergartens = Бұл өңірде жобаға қатысатын балабақша жоқ.
status-kindergartens-page = Балабақшалар: { $from }–{ $to }, барлығы { $total } (бет: { $page } / { $pages }). Алдымен назар аударуды қажет ететіндері:
status-button-period = { $quarter }-тоқсан { $year }
status-button-previous-page = ◀ Артқа
status-button-next-page = Әрі қарай ▶
status-button-country = ⬆ Бүкіл ел
status-reports-title = Есептер, балабақшалар саны: { $total }
status-reports-accepted = { $n } ✅ қабылданды
status-reports-submitted = { $n } 📨 тексеруде
status-reports-returned = { $n } ↩️ пысықтауға қайтарылды
status-reports-in-progress = { $n } ✏️ толтырылып жатыр
status-reports-not-started = { $n } ▫️ басталмаған
status-reports-overdue = { $n } ⏰ мерзімі өтіп кетті
status-reports-late = { $n } 🐢 кешігіп тапсырылды
status-people-title = Қатысушылар:
status-people-heads = { $n } { $count ->
   *[other] меңгеруші тіркелген
}
status-people-heads-unreachable = { $n } 📵 { $count ->
   *[other] меңгеруші хабарламаларды ала алмайды
}
status-people-without-head = 👤 Меңгерушісі тіркелмеген балабақшалар: { $count }
status-people-parents = { $n } { $count ->
   *[other] ата-ана қосылды
}
status-people-parents-reachable = { $n } ата-ана бот хабарламаларын алады
status-groups-title = Топтар:
status-groups-experimental = { $groups } { $groupCount ->
   *[other] эксперименттік топ
}, балалар саны: { $children }
status-groups-control = { $groups } { $groupCount ->
   *[other] бақылау тобы
}, балалар саны: { $children }
status-skills-title = Балалардың дағдылары, бақылау нәтижесі (жоғары · орташа · төмен):
status-skills-none = Әзірге дерек жоқ: дағды деңгейлері 1-тоқсан мен 4-тоқсан есептерінде көрсетіледі.
status-skills-experimental = экс.: { $high } · { $middle } · { $low } (есептер: { $kindergartens })
status-skills-control = бақ.: { $high } · { $middle } · { $low } (есептер: { $kindergartens })
status-skills-change-experimental = Эксперименттік топтарда жоғары деңгей 1-тоқсанмен салыстырғанда: { $change } пайыздық тармақ (екі есебін де тапсырған балабақшалар: { $kindergartens })
status-skills-change-control = Бақылау топтарында жоғары деңгей 1-тоқсанмен салыстырғанда: { $change } пайыздық тармақ (екі есебін де тапсырған балабақшалар: { $kindergartens })
status-attention-title = ⚠️ Назар аударыңыз:
status-attention-none = 👍 Назар аударуды қажет ететін ештеңе жоқ.
status-attention-overdue = ⏰ есеп мерзімі өткен: { $count }
status-attention-no-head = 👤 меңгерушісі ботқа тіркелмеген: { $count }
status-attention-heads-unreachable = 📵 меңгерушіге хабар жетпейді: { $count }
status-attention-returned = ↩️ қайтарылған есеп қайта тапсырылмаған: { $count }
status-legend-regions = Тапсырылғаны/барлығы · ⏰ мерзімі өткен · ⚠️ назар аударуды қажет етеді · өңір
status-region-line = { $handed }/{ $all } ⏰{ $overdue } ⚠️{ $flagged } { $name }
status-legend-kindergartens = ✅ қабылданды · 📨 тексеруде · ↩️ қайтарылды · ✏️ толтырылып жатыр · ▫️ басталмаған · ⏰ мерзімі өткен · 👤 меңгеруші жоқ · 📵 меңгерушіге хабар жетпейді
status-card-report-accepted = Есеп: ✅ қабылданды
status-card-report-submitted = Есеп: 📨 тапсырылды, әдіскер тексеріп жатыр
status-card-report-returned = Есеп: ↩️ пысықтауға қайтарылды
status-card-report-in-progress = Есеп: ✏️ толтырылып жатыр
status-card-report-not-started = Есеп: ▫️ әлі басталмаған
status-card-due = Тапсыру мерзімі — { $due }.
status-card-overdue = ⏰ Мерзімі өтті, бірақ есеп тапсырылмады. Есепті ашу: /report
status-card-late = 🐢 Кешігіп тапсырылды.
status-card-missing = Жауап берілмеген сұрақтар саны: { $count }
status-card-returned-fields = Әдіскер пікір жазып қайтарған сұрақтар саны: { $count }
status-compare-title = Сіздің көрсеткіштеріңіз өңір мен бүкіл елдің көрсеткіштерімен қатар (медиана, ең азы–ең көбі):
status-compare-none = Әзірге салыстыратын ештеңе жоқ: бұл тоқсанда тапсырылған есеп әлі жоқ.
status-compare-activities = Сабақтар: сізде { $own } · өңірде { $regionMedian } ({ $regionMin }–{ $regionMax }) · елде { $countryMedian } ({ $countryMin }–{ $countryMax })
status-compare-meetings = Кездесулер мен экскурсиялар: сізде { $own } · өңірде { $regionMedian } ({ $regionMin }–{ $regionMax }) · елде { $countryMedian } ({ $countryMin }–{ $countryMax })
status-compare-parents = Іс-шараларға қатысқан ата-аналар: сізде { $own } · өңірде { $regionMedian } ({ $regionMin }–{ $regionMax }) · елде { $countryMedian } ({ $countryMin }–{ $countryMax })
status-compare-exp-high = Эксперименттік топтардағы жоғары деңгей, %: сізде { $own } · өңірде { $regionMedian } ({ $regionMin }–{ $regionMax }) · елде { $countryMedian } ({ $countryMin }–{ $countryMax })
status-compare-ctl-high = Бақылау топтарындағы жоғары деңгей, %: сізде { $own } · өңірде { $regionMedian } ({ $regionMin }–{ $regionMax }) · елде { $countryMedian } ({ $countryMin }–{ $countryMax })
digest-not-allowed = Апталық жиынтықты жоба үйлестірушілері мен әдіскерлері алады.
digest-state-on = Апталық жиынтық қосулы: ол дүйсенбі сайын келеді. Өшіру: /digest off
digest-state-off = Апталық жиынтық өшірулі. Қосу: /digest on
digest-usage = Апталық жиынтықты өшіру үшін /digest off, қайта қосу үшін /digest on деп жазыңыз.
digest-switched-on = Дайын: апталық жиынтық қосылды.
digest-already-on = Апталық жиынтық онсыз да қосулы.
digest-switched-off = Дайын: апталық жиынтық өшірілді. Қайта қосу: /digest on
digest-already-off = Апталық жиынтық онсыз да өшірулі.
digest-weekly-title = 📬 Апта жиынтығы: { $scope }
digest-weekly-country = бүкіл ел
digest-weekly-no-overdue = Мерзімі өткен есеп жоқ.
digest-weekly-overdue-regions = ⏰ Мерзімі өткен есептер: { $count }. Өңірлер бойынша:
digest-weekly-overdue-kindergartens = ⏰ Есебін мерзімінде тапсырмаған балабақшалар ({ $count }), мерзім өткелі { $days } күн болды:
digest-weekly-drill-down = Толығырақ — /status: ел → өңір → балабақша, өткен тоқсандар да сонда.
digest-weekly-switch-off = Жиынтық керек емес пе? /digest off
digest-weekly-part = { $body }
digest-weekly-button-status = 📊 Жиынтықты ашу
