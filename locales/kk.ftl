### Қазақша мәтіндердің ережелері — rules for every text in this file. ru.ftl opens with the same
### rules for Russian; keep the two files saying the same thing, key by key, with the same placeables.
###
### Terms: the ministry's, one term per concept (see shared/reviews/locales-2026-11.md):
###   «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасы; жоба, жобаның тақырыбы (never
###   «бағдарлама»); эксперименттік топ / бақылау тобы; меңгеруші; әдіскер; үйлестіруші; ата-ана;
###   есеп беру кезеңі (the only name of a reporting period); тоқсан, тоқсандық есеп;
###   деңгейлер: жоғары / орташа / төмен; үздік педагогикалық тәжірибе; әдістемелік орталық;
###   мектепалды даярлық тобы; пысықтауға қайтару; батырма; пәрмен; еске салу (not «еске салғыш»).
### Address: always «сіз», warm and plain; the bot speaks for itself in the first person
###   («еске саламын»). No jargon: say what happens («сізді тіркеймін»).
### Nobody's gender or role is assumed: name the role («меңгеруші»), not the person.
### Numbers: never glue a case suffix or «мен/бен/пен» to a number placeable — the right form
###   depends on how the number is read (*«{ $n }-ге», *«{ $min } мен { $max }»). Rephrase:
###   «ең азы { $min }, ең көбі { $max }», «Пікір жазылған сұрақтар: { $count }». Ordinals with a
###   hyphen are fine («{ $quarter }-тоқсан», «{ $version }-нұсқа»); a noun after a number stays
###   singular («{ $count } бала»).
### Dates: «Соңғы күні — { $dueDate }», not «{ $dueDate } қоса алғанда» (the «дейін» gets lost).
### Buttons: at most 25 characters as Telegram shows them, emoji and the ✅/▫️ mark the code adds
###   included; the verb first («🗑 Шығару: …»). Name button keys *-button-* (tests/locales.spec.ts
###   measures those and every key the code puts on a button).
### Registry names ({ $organization }) are shown exactly as in the registry: they carry their own
###   «», so never wrap them in more quotes; put them after a colon («Ұйым: { $organization }»).
###   Names people type (groups) go in «» («{ $name }» тобы).
### New feature texts: a new «## Section» at the end of the file, keys prefixed by the feature.

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
role-head = Меңгеруші
role-parent = Ата-ана
role-methodologist = Әдіскер
role-coordinator = Үйлестіруші
role-admin = Жоба әкімшісі
role-regional_admin = Өңір әкімшісі
membership-org = { $role } — { $organization }, { $region }
membership-region = { $role } — { $region }
membership-national = { $role } — бүкіл республика
scope-national = бүкіл республика

## Start
start-guest =
    Бұл — Оқу-ағарту министрлігінің «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасының боты. Мұнда балабақшалар еске салулар алып, тоқсандық есеп тапсырады, әдіскерлер есептерді тексереді, ал ата-аналар баламен үйде бірге орындайтын апталық іс-әрекеттер алады.

    Қалай қосылуға болады:
    • ата-ана болсаңыз — балабақшадан ата-аналарға арналған сілтемені сұрап алып, оны ашыңыз немесе кодты осында жіберіңіз (мысалы, ABCD-2345);
    • меңгеруші, әдіскер не үйлестіруші болсаңыз — сізге жіберілген жеке шақыру сілтемесін ашыңыз.

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
    Мақсаты: жобаның апталық іс-әрекеттері мен хабарландыруларын жіберу, басқа ештеңе үшін емес.
    Негізі: «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңы.
    Келісімді кез келген уақытта /leave пәрменімен қайтарып ала аласыз — деректеріңіз өшіріледі.
join-offer-head =
    Балабақша меңгерушісіне арналған шақыру:
    { $organization }
    { $region }

    Бұл сіздің ұйымыңыз ба? Растасаңыз, сізді осы ұйымның меңгерушісі ретінде тіркеймін.
join-offer-regional-admin =
    Өңір әкімшісіне арналған шақыру: { $region }.

    Растасаңыз, сізді осы өңірдің жоба әкімшісі ретінде тіркеймін: өңірдің ұйымдарын, шақыруларын және баптауларын басқара аласыз.
join-offer-methodologist =
    Өңір әдіскеріне арналған шақыру: { $region }.

    Растасаңыз, сізді осы өңірдің әдіскері ретінде тіркеймін.
join-offer-coordinator-region =
    Өңір үйлестірушісіне арналған шақыру: { $region }.

    Растасаңыз, сізді осы өңірдің үйлестірушісі ретінде тіркеймін.
join-offer-coordinator-national =
    Республикалық деңгейдегі үйлестірушіге арналған шақыру (барлық өңір).

    Растасаңыз, сізді республикалық деңгейдегі үйлестіруші ретінде тіркеймін.
join-button-consent = ✅ Келісім беремін
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
ux-not-joined-yet =
    Сіз ботқа әлі қосылған жоқсыз, сондықтан бұл пәрмен әзірге қолжетімсіз.
    • Меңгерушілер, әдіскерлер мен үйлестірушілер — өзіңізге жіберілген жеке шақыру сілтемесін ашыңыз.
    • Ата-аналар — балабақша кодын осында жіберіңіз (мысалы, ABCD-2345).
ux-join-code-shape = Бұл балабақша кодына ұқсамайды. Код 8 латын әрпі мен цифрдан тұрады, мысалы: ABCD-2345. Былай жіберіңіз: /join ABCD-2345

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

    Деректеріңіз (атыңыз, тіліңіз, келісіміңіз) өшіріледі. Жалғастырасыз ба?
leave-button-yes = Иә, шығу және өшіру
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
    Өңір / ұйым: { $scope }
    Соңғы жарамды күні — { $until }; сілтеме бір рет қана қолданылады.

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
fallback-parent-not-forwarded =
    Бұл бот хабарламаларды балабақшаға жеткізбейді: мұнда жазғаныңызды тәрбиешілер мен меңгеруші көрмейді. Бала туралы хабарлау керек болса (ауырып қалса, келмейтін болса т.б.), тәрбиешіге немесе балабақшаға тікелей қоңырау шалыңыз не жазыңыз.
    Бот не істейді: апта сайын баламен бірге орындайтын отбасылық іс-әрекет жібереді (/tip), оны қай күні, қай уақытта алатыныңызды өзіңіз таңдайсыз (/tips), балаңыздың тобын көрсетуге болады (/child). Барлық пәрмен: /help
common-stale-button = Бұл батырманың мерзімі өтті. Керекті пәрменді қайта жіберіңіз (тізімі: /help).
common-not-allowed = Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.
common-error = Бірдеңе дұрыс болмады. Сәлден соң қайталап көріңіз.
ux-list-page = Бет: { $page } / { $pages } (барлығы: { $count })

## Reminders
reminder-button-open-report = 📝 Есепті ашу
reminder-report-opened =
    { $year } жылғы { $quarter }-тоқсан бойынша есеп қабылдау басталды.
    Ұйым: { $organization }
    Есепті тапсырудың соңғы күні — { $dueDate }. Толтыруды бастау үшін төмендегі батырманы басыңыз.
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
ux-reminder-overdue-list-continued =
    { $region }: { $year } жылғы { $quarter }-тоқсан бойынша есебін тапсырмаған балабақшалар тізімінің жалғасы (бөлім: { $part }/{ $parts }):
    { $organizations }

## Report
help-cmd-report = Тоқсандық есеп
report-no-period = Қазір есеп беру кезеңі ашық емес. Кезең ашылғанда еске саламын.
report-already-accepted = Бұл кезең бойынша есепті әдіскер қабылдап қойған — оны өзгертуге болмайды.
report-deadline-passed = Тапсыру мерзімі өтті, ал есеп жіберіліп қойған: оны әдіскер пысықтауға қайтарған жағдайда ғана өзгертуге болады.
report-busy = Бұл есепті қазір { $editor } толтырып жатыр. Бір-біріңіздің жауаптарыңызды өшіріп алмас үшін өзара келісіп алыңыз. Әріптесіңіз толтыруды тоқтатса, төмендегі батырмамен оның орнына өзіңіз жалғастыра аласыз.
report-someone = әріптесіңіз
report-button-take-over = Өзім жалғастырамын
report-taken-over = Есепті енді { $editor } толтырып жатыр. Сіздің жауаптарыңыз сақталды. Қайта оралу: /report
report-choose-organization = Қай ұйымның есебін толтырасыз?
report-resumed = Тоқтаған жеріңізден жалғастырамыз. Бұрынғы жауаптарыңыздың бәрі сақталған.
report-paused = Толтыру тоқтатылды, жауаптарыңыз сақталды. Жалғастыру: /report
report-question-position = Сұрақ { $position }/{ $total }
report-optional-mark = (міндетті емес)
report-current-answer = Қазіргі жауап: { $value }
report-returned-comment = 💬 Әдіскердің пікірі: { $comment }
report-hint-integer = Бүтін сан жазыңыз: ең азы { $min }, ең көбі { $max }.
report-hint-text = Жауапты мәтінмен жазыңыз ({ $max } таңбаға дейін).
report-hint-multi = Сәйкес келетін нұсқалардың бәрін белгілеп, «Дайын» батырмасын басыңыз.
report-hint-photos = { $max } фотоға дейін бір-бірден жіберіп, соңында «Фото дайын» батырмасын басыңыз. Тоқтату: /cancel
report-hint-choice = Нұсқаны батырмамен таңдаңыз.
report-button-done = ✅ Дайын
report-button-photos-done = ✅ Фото дайын
report-button-skip = Өткізіп жіберу
report-button-submit = 📨 Есепті жіберу
report-button-resubmit = 📨 Түзетілгенін жіберу
report-photo-added = Фото қосылды: { $count }/{ $max }. Тағы жіберіңіз немесе «Фото дайын» батырмасын басыңыз.
report-value-unanswered = жауап жоқ
report-value-skipped = —
report-value-yes = Иә
report-value-no = Жоқ
report-value-photos = { $count } фото
report-summary-title = Есеп: { $organization }, { $year } жыл, { $quarter }-тоқсан
report-summary-footer = Жауаптарды тексеріңіз. Жауапты өзгерту үшін оның нөмірі бар ✏️ батырмасын басыңыз; бәрі дұрыс болса, есепті жіберіңіз.
report-summary-use-buttons = Қазір жиынтық көрсетілген. Жауапты өзгерту үшін оның нөмірі бар ✏️ батырмасын басыңыз немесе есепті батырмамен жіберіңіз.
report-missing-before-submit = Есепті жіберу үшін жетіспейтін жауаптар саны: { $count }. Біріншісінен бастап жалғастырайық.
report-submitted = Есеп жіберілді ({ $version }-нұсқа). Рақмет! Әдіскер тексергенге дейін және мерзім біткенше оны өзгертуге болады: /report
report-submitted-late = Есеп мерзімі өткен соң жіберілді және кешігіп тапсырылған деп белгіленді ({ $version }-нұсқа). Рақмет! Әдіскер оны тексереді.
report-error-expected-number = Сан қажет — оны цифрмен жазыңыз.
report-error-not-a-number = Бұл бүтін сан емес. Санды цифрмен жазыңыз (ең азы { $min }, ең көбі { $max }), мысалы: 12
report-error-out-of-range = Сан ең азы { $min }, ең көбі { $max } болуы керек.
report-error-expected-text = Жауапты мәтінмен жазу қажет.
report-error-too-long = Жауап тым ұзын: ең көбі { $max } таңба болуы керек, ал қазір — { $length }. Қысқартып жазыңыз.
report-error-use-buttons = Жауапты сұрақтың астындағы батырмамен таңдаңыз.
report-error-expected-photo = Мұнда фотосуреттер қажет (файл емес, фото ретінде), ең көбі { $max }. Немесе «Фото дайын» батырмасын басыңыз.
report-error-required = Бұл сұрақ міндетті — жауапсыз есепті жіберу мүмкін емес.
report-error-choose-at-least = Кемінде { $min } нұсқаны белгілеңіз.
report-error-too-many-photos = { $max } фото қосылып қойды — бұдан артық болмайды.
report-error-unsupported-message = Мұндай хабарлама бұл сұраққа жауап бола алмайды.
ux-report-answer-late = Бұл хабар қазір жауап күтіп тұрған сұрақтан бұрын келді, сондықтан ескерілмеді. Соңғы сұраққа жауап беріңіз.
ux-report-question-follow-up = Сұрақ { $position }/{ $total } — нақтылау
ux-report-intro = { $year } жылғы { $quarter }-тоқсан бойынша есеп. Есепті тапсырудың соңғы күні — { $dueDate }.
ux-report-intro-late =
    { $year } жылғы { $quarter }-тоқсан бойынша есеп. Тапсыру мерзімі ({ $dueDate }) өтіп кетті: есеп кешіктіріліп тапсырылған деп белгіленеді.
    Жібергеннен кейін оны өзгерту мүмкін болмайды — жібермес бұрын жауаптарды тексеріңіз.
ux-report-confirm-late = { $year } жылғы { $quarter }-тоқсан бойынша есепті тапсыру мерзімі ({ $dueDate }) өтті. Есеп кешіктірілген деп белгіленеді және жібергеннен кейін оны өзгерту мүмкін болмайды. Жіберу керек пе?
ux-report-button-send-late = 📨 Иә, жіберу

## Report form v1
form-v1-title = Пилоттық жобаға қатысу туралы тоқсандық есеп
form-v1-directions = Осы тоқсанда таңдалған жұмыс бағыттары (кәсіп салалары)
form-v1-direction-agriculture = Ауыл шаруашылығы
form-v1-direction-construction = Құрылыс
form-v1-direction-medicine = Медицина және денсаулық
form-v1-direction-transport = Көлік
form-v1-direction-industry = Өнеркәсіп
form-v1-direction-trade-services = Сауда, қызмет көрсету
form-v1-direction-education = Білім беру
form-v1-direction-culture-arts = Мәдениет және өнер
form-v1-direction-digital = Цифрлық технологиялар
form-v1-direction-household = Үй еңбегі, өзіне қызмет
form-v1-activities = Тоқсан ішінде эксперименттік топтармен еңбек пен кәсіп тақырыбында қанша сабақ өткізілді?
form-v1-activities-help = Еңбек пен кәсіп тақырыбы бойынша ұйымдастырылған оқу қызметін, ойын-сабақтар мен жобаларды есепке алыңыз.
form-v1-meetings = Кәсіп иелерімен кездесулер мен экскурсиялардың жалпы саны қанша (екеуін қосып, бір санмен)?
form-v1-parents = Бірлескен іс-шараларға қанша ата-ана қатысты?
form-v1-zones = Тоқсан ішінде пәндік-дамыту ортасының қанша жаңа аймағы немесе бұрышы жасалды?
form-v1-zones-help = Мысалы: «Жас құрылысшы» бұрышы, шағын бау-бақша, «Емхана» ойын бұрышы.
form-v1-zones-description = Жаңа аймақтар мен бұрыштарды қысқаша сипаттаңыз
form-v1-exp-high = Эксперименттік топтар: дағдыларды байқау нәтижесі бойынша қанша бала жоғары деңгейде?
form-v1-exp-middle = Эксперименттік топтар: қанша бала орташа деңгейде?
form-v1-exp-low = Эксперименттік топтар: қанша бала төмен деңгейде?
form-v1-ctl-high = Бақылау топтары: дағдыларды байқау нәтижесі бойынша қанша бала жоғары деңгейде?
form-v1-ctl-middle = Бақылау топтары: қанша бала орташа деңгейде?
form-v1-ctl-low = Бақылау топтары: қанша бала төмен деңгейде?
form-v1-rule-exp-sum = Эксперименттік топтардағы балалардың жалпы саны — { $expected }, ал үш деңгей бойынша қосындысы — { $actual }. Үш санды жоғары деңгейден бастап қайта жазыңыз.
form-v1-rule-ctl-sum = Бақылау топтарындағы балалардың жалпы саны — { $expected }, ал үш деңгей бойынша қосындысы — { $actual }. Үш санды жоғары деңгейден бастап қайта жазыңыз.
form-v1-best-practice = Тоқсанның үздік педагогикалық тәжірибесі: не ерекше сәтті болды?
form-v1-best-practice-help = Басқа балабақшалармен бөлісуге тұрарлық сабақты, жобаны немесе тың идеяны сипаттаңыз.
form-v1-best-practice-photos = Үздік педагогикалық тәжірибенің фотосуреттері
form-v1-difficulties = Кездескен қиындықтар мен тәуекелдер
form-v1-help-topics = Әдістемелік орталықтан қандай көмек қажет?
form-v1-help-topic-environment = Пәндік-дамыту ортасы
form-v1-help-topic-methods = Сабақ әдістемесі
form-v1-help-topic-parents = Ата-аналармен жұмыс
form-v1-help-topic-monitoring = Дағдыларды бағалау
form-v1-help-topic-materials = Құралдар, материалдар
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
groups-head-hint-empty = Жобаға қатысатын топтарды қосыңыз: олар тоқсандық есепке және ата-аналарға арналған апталық іс-әрекеттерге керек.
groups-methodologist-hint = Әр топтың эксперименттік не бақылау тобы екенін растаңыз немесе өзгертіңіз (● — қазіргі белгі).
groups-button-add = ➕ Топ қосу
groups-button-archive = 🗑 { $index }. { $name }
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
# The same age bands, short enough for the buttons of /groups → "add a group".
groups-age-button-early = Ерте жас тобы (1–2 жас)
groups-age-button-junior = Кіші топ (2–3 жас)
groups-age-button-middle = Ортаңғы топ (3–4 жас)
groups-age-button-senior = Ересек топ (4–5 жас)
groups-age-button-preschool = Мектепалды топ (5–6 жас)
groups-ask-name =
    Жаңа топ қосамыз — { $organization }.
    Топтың атауын жазыңыз (ең көбі { $max } таңба), мысалы: Күншуақ.
    Тоқтату үшін: /cancel
groups-ask-age = «{ $name }» тобы балалардың қай жасына арналған?
groups-ask-children = Топта неше бала бар? Бүтін сан жазыңыз: ең азы { $min }, ең көбі { $max }.
groups-ask-arm =
    Салыстырмалы мониторингте бұл топ қандай топ болады?
    Эксперименттік топ пилоттық жоба бойынша жұмыс істейді, ал бақылау тобы — әдеттегідей, жоба сабақтарынсыз: осылайша нәтижелерді салыстыруға болады.
groups-added = ✅ «{ $name }» тобы қосылды. Эксперименттік не бақылау тобы екенін өңір әдіскері растайды.
groups-name-not-text = Топтың атауын мәтінмен жазыңыз.
groups-name-too-long = Атау тым ұзын: { $length } таңба, ал ең көбі — { $max }. Қысқартып жазыңыз.
groups-name-taken = Бұл балабақшада «{ $name }» деген топ бұрыннан бар. Басқа атау жазыңыз.
groups-children-not-number = Балалар санын цифрмен, бүтін сан етіп жазыңыз, мысалы: 20.
groups-children-out-of-range = Балалар саны ең азы { $min }, ең көбі { $max } болуы керек.
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
ux-group-name-needs-letter = Топ атауында кемінде бір әріп болуы керек, мысалы: Күншуақ. Атауын қайта жазыңыз.
ux-groups-arm-change-confirm =
    «{ $name }» тобын { $before ->
        [experimental] эксперименттік
       *[control] бақылау
    } топтардан { $after ->
        [experimental] эксперименттік
       *[control] бақылау
    } топтарға ауыстыру керек пе? Бұл эксперименттік және бақылау топтарын салыстыруды өзгертеді; меңгерушіге хабарлама жіберіледі.
ux-groups-arm-change-yes = Иә, ауыстыру
ux-groups-arm-changed-notice =
    { $organization }: әдіскер «{ $name }» тобын { $before ->
        [experimental] эксперименттік
       *[control] бақылау
    } топтардан { $after ->
        [experimental] эксперименттік
       *[control] бақылау
    } топтарға ауыстырды. Есепте ескеріңіз: дағды деңгейлері топтың әр түрі бойынша бөлек көрсетіледі. Топтар тізімі: /groups

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
periods-error-date = «{ $value }» — мұндай күн жоқ немесе пішімі қате (ЖЖЖЖ-АА-КК түрінде жазыңыз).
periods-error-order = ашылатын күні тапсыру мерзімінен кейін болмауы керек.
periods-created = ✅ { $year } жылғы { $quarter }-тоқсан кезеңі қосылды: { $opens } – { $due }.
periods-updated = ✅ { $year } жылғы { $quarter }-тоқсан кезеңінің күндері өзгертілді: { $opens } – { $due }.

## Conversations
conversation-cancelled = Тоқтатылды. Қайта бастау үшін керекті пәрменді жіберіңіз (тізімі: /help).
conversation-busy = Алдымен басталған әрекетті аяқтаңыз: жоғарыдағы сұраққа жауап беріңіз немесе /cancel арқылы тоқтатыңыз.
conversation-stale-button = Бұл батырма ескі хабарламада. Соңғы сұраққа жауап беріңіз.
ux-cancel-nothing = Қазір тоқтататын ештеңе жоқ: сіз ештеңе толтырып жатқан жоқсыз. Пәрмендер тізімі: /help

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
review-accepted = Есеп қабылданды: { $organization }. Меңгерушіге хабарлама жіберіледі.
review-return-choose-fields =
    Есепті қайтару: { $organization }.
    Түзету қажет сұрақтардың нөмірлерін белгілеп, «Әрі қарай» батырмасын басыңыз. Тоқтату: /cancel
review-return-button-next = Әрі қарай ➡️
review-return-choose-one = Кемінде бір сұрақты белгілеңіз.
review-return-use-buttons = Сұрақтарды тізімнің астындағы батырмалармен белгілеңіз.
review-return-ask-comment = «{ $field }» сұрағына пікір — нені түзету керек? ({ $max } таңбаға дейін)
review-return-comment-not-text = Пікірді мәтінмен жазыңыз.
review-return-comment-too-long = Пікір тым ұзын: ең көбі { $max } таңба болуы керек, ал қазір — { $length }.
review-returned = Есеп пысықтауға қайтарылды: { $organization }. Пікір жазылған сұрақтар: { $count }. Меңгерушіге хабарлама жіберіледі.
review-notice-accepted = ✅ { $year } жылғы { $quarter }-тоқсан бойынша есепті әдіскер қабылдады: { $organization }. Рақмет!
review-notice-returned = ↩️ { $year } жылғы { $quarter }-тоқсан бойынша есепті әдіскер пысықтауға қайтарды: { $organization }. Пікір жазылған сұрақтар: { $count }. Есепті ашыңыз — мен тек сол сұрақтарды көрсетемін.
report-button-open-report = 📝 Есепті ашу
ux-review-changes-title = Қайтарылған { $from }-нұсқамен салыстырғанда { $to }-нұсқада өзгергені:
ux-review-changes-none = Жауаптар өзгермеген.
ux-review-change = бұрын: { $before }
    қазір: { $after }
ux-review-change-unchanged = Жауап өзгермеген.

## Weekly activities (tips)
help-cmd-tip = Осы аптаның отбасылық іс-әрекеті
help-cmd-tips = Апталық іс-әрекеттер: баптау, көрсеткіштер
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
tips-button-not-for-us = 🙅 Бізге сай емес
tips-follow-up = { $variant ->
        [1] 👋 Аптаның іс-әрекеті — «{ $title }» қалай өтті? Әлі үлгермесеңіз, уайымдамаңыз: оған 10–15 минут жетеді, бүгін кешке де жасауға болады. Қалай болғанын белгілеңіз:
        [2] 💡 «{ $title }» іс-әрекетін басқаша да жасап көруге болады: рөлдеріңізді ауыстырыңыз — бала түсіндірсін, ал сіз оның айтқанын қайталаңыз. Қалай болғанын белгілеңіз:
       *[0] 🌱 Осы аптаның іс-әрекетін еске саламыз: «{ $title }». Бірге өткізген он минуттың өзі — көп нәрсе. Орындаған соң қалай болғанын белгілеңіз:
    }
tips-not-parent = Апталық іс-әрекеттер ата-аналарға арналған. Балабақшаға ата-ана ретінде қосылу үшін балабақша берген кодты жіберіңіз.
tips-none-no-child = Іс-әрекеттер балаңыздың тобына қарай таңдалады. Алдымен балаңыз қай топқа баратынын көрсетіңіз.
tips-none-yet = Әзірге іс-әрекет жіберілген жоқ. Біріншісі таңдалған күні келеді: { $day }, сағат { $time } (Астана уақыты).
tips-weekday-1 = дүйсенбі
tips-weekday-2 = сейсенбі
tips-weekday-3 = сәрсенбі
tips-weekday-4 = бейсенбі
tips-weekday-5 = жұма
tips-weekday-6 = сенбі
tips-weekday-7 = жексенбі
tips-settings-on = Апталық іс-әрекеттер қосулы. Күні: { $day }, сағаты: { $time } (Астана уақыты).
tips-settings-off = Апталық іс-әрекеттер тоқтатылған. Қайта қосу үшін төмендегі батырманы басыңыз немесе /tips on жіберіңіз.
tips-button-pause = ⏸ Тоқтату
tips-button-resume = ▶️ Қайта қосу
tips-button-day = 📅 Күнді өзгерту
tips-button-hour = 🕙 Уақытты өзгерту
tips-choose-day = Іс-әрекет аптаның қай күні келсін?
tips-choose-hour = Іс-әрекет сағат нешеде келсін? (Астана уақыты)
tips-head-title = { $organization }: ата-аналарға жіберілген апталық іс-әрекеттер
tips-head-no-groups = Жобаға қатысатын топтар әлі енгізілмеген (/groups).
tips-head-group = • { $group } ({ $arm }): ата-аналар — { $parents }, жіберілді — { $sent }, орындалды — { $done }, тым қиын — { $tooHard }, бізге сай емес — { $notForUs }
tips-region-lifted = { $region }: бақылау топтарындағы балалардың ата-аналары да іс-әрекет алады (шектеу алынды).
tips-region-restricted = { $region }: іс-әрекеттерді тек эксперименттік топтардағы балалардың ата-аналары алады. Нәтижелерді дұрыс салыстыру үшін бақылау топтарындағы балалардың ата-аналары жоба аяқталғанша іс-әрекет алмайды. Шектеуді жоба аяқталған соң ғана алыңыз.
tips-region-activities = Өңірдегі іс-әрекеттер ({ $count }): алғаны / орындағаны / тым қиын / бізге сай емес
tips-region-activity = • { $flag }{ $title }: { $sent } / { $done } / { $tooHard } / { $notForUs }
tips-region-revision-legend = ⚠️ — жауаптардың кемінде үштен бірі «тым қиын» не «бізге сай емес» дейді: мұндай іс-әрекетті ({ $count }) қайта қарау керек.
tips-region-drop-off = Ата-аналардың жауап беруі (алғашқы іс-әрекеттен бастап апта сайын):
tips-region-drop-off-week = { $week }-апта: { $share } % ({ $sent } ата-ананың { $answered } жауап берді)
tips-button-lift = Бақылау топтарына да ашу
tips-button-restrict = Шектеуді қайтару
tips-lift-done = Дайын: келесі аптадан бастап бақылау топтарындағы балалардың ата-аналары да іс-әрекет алады.
tips-restrict-done = Дайын: іс-әрекеттерді қайтадан тек эксперименттік топтардағы балалардың ата-аналары алады.
tips-lift-confirm =
    Өңір: { $region }. Бақылау топтарына қойылған шектеуді алып тастайсыз ба?
    Келесі аптадан бастап өңірдің барлық бақылау топтарындағы балалардың ата-аналары іс-әрекет ала бастайды. Салыстырмалы мониторинг бұл өңірдің бақылау топтарынан айырылады, оларды қайтару мүмкін болмайды.
tips-lift-confirm-override =
    ⚠️ Мерзімінен бұрын: жоба әлі аяқталған жоқ (аяқталу күні: { $date }).
    Өңір: { $region }. Бақылау топтарына қойылған шектеуді алып тастайсыз ба?
    Келесі аптадан бастап өңірдің барлық бақылау топтарындағы балалардың ата-аналары іс-әрекет ала бастайды. Салыстырмалы мониторинг бұл өңірдің бақылау топтарынан айырылады, оларды қайтару мүмкін болмайды. Шешім әрекеттер журналына жазылады.
tips-lift-refused = Өңір: { $region }. Жоба аяқталғанға дейін ({ $date }) шектеуді алуға болмайды: әйтпесе нәтижелерді салыстыратын ешнәрсе қалмайды.
tips-lift-refused-no-end = Өңір: { $region }. Жобаның аяқталу күні әлі белгіленбеген (соңғы есептік кезең енгізілмеген), сондықтан шектеуді әзірге алуға болмайды.
tips-lift-override-offer = Ұлттық әкімші ретінде сіз оны мерзімінен бұрын ала аласыз; бұл әрекеттер журналына жазылады.
tips-lift-no-end-date = белгіленбеген
tips-button-lift-confirm = Иә, шектеуді алу
tips-button-lift-override = Мерзімінен бұрын алу
tips-button-lift-override-confirm = Иә, мерзімінен бұрын
tips-button-lift-cancel = Бас тарту
tips-lift-cancelled = Шектеу алынған жоқ.
tips-lift-stale = Бұл батырма ескірді: өңірдің баптауы өзгеріп кеткен. /tips командасын қайта жіберіңіз.
tips-feedback-thanks = Рақмет, жауабыңыз сақталды.
tips-feedback-week-over = Бұл іс-әрекет берілген апта өтіп кетті, сондықтан енді жауап беруге не жауапты өзгертуге болмайды.
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
child-saved-control = Сақталды: { $group }. Бұл топ салыстырмалы мониторингтегі бақылау тобы, сондықтан жоба кезінде апталық іс-әрекеттер жіберілмейді. Жоба аяқталған соң олар сізге де келуі мүмкін.
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
## Pictures and files
help-cmd-export = Есептерді Excel-ге жүктеу
help-cmd-analytics = Талдамалық есептің жобасы (Word)
chart-status-not-started = Басталмаған
chart-status-in-progress = Толтырылуда
chart-status-submitted = Тапсырылды
chart-status-returned = Пысықтауда
chart-status-accepted = Қабылданды
chart-status-overdue = Мерзімінде тапсырылмаған
chart-status-title = Есептердің жағдайы: { $scope }, { $year } жыл, { $quarter }-тоқсан
chart-status-group = Тізілім № { $from }–{ $to }
chart-skills-title = Балалардың еңбек дағдыларының қалыптасу деңгейі — { $scope }
chart-skills-experimental = Эксперименттік топтар
chart-skills-control = Бақылау топтары
chart-skills-quarter = { $quarter }-тоқсан
chart-skills-children = балалар: { $count }
chart-skills-high = Жоғары деңгей
chart-skills-middle = Орташа деңгей
chart-skills-low = Төмен деңгей
chart-scope-national = Қазақстан Республикасы
export-choose-period = Excel-ге жүктеу: { $scope }. Қай есеп беру кезеңі керек?
export-no-periods = Есеп беру кезеңдері әлі ашылған жоқ, сондықтан жүктейтін дерек жоқ.
export-caption = { $scope }: { $year } жыл, { $quarter }-тоқсан есептері. Файлдағы ұйымдар саны: { $count }.
export-sheet-reports = Есептер
export-sheet-reviews = Тексеру тарихы
export-sheet-groups = Топтар
export-col-region = Өңір
export-col-registry-no = Тізілімдегі №
export-col-organization = Ұйымның атауы
export-col-status = Есептің жағдайы
export-col-submitted-at = Тапсырылған күні мен уақыты
export-col-late = Мерзімінен кеш
export-col-versions = Нұсқалар саны
export-col-quality = Деректерді тексеру
export-col-version = Нұсқа
export-col-decided-at = Шешім күні
export-col-decision = Шешім
export-col-reviewer = Шешім қабылдаған (рөлі)
export-col-comment = Пікірлер
export-col-group = Топ
export-col-age-band = Жас тобы
export-col-children = Балалар саны
export-col-arm = Топтың түрі
export-col-confirmed = Әдіскер растады
export-yes = Иә
export-no = Жоқ
export-decision-accepted = Қабылданды
export-decision-returned = Пысықтауға қайтарылды
export-reviewer-methodologist = Әдіскер
export-reviewer-other = Әкімші немесе бұрынғы әдіскер
export-field-directions = Жұмыс бағыттары
export-field-activities = Эксперименттік топтардағы сабақтар
export-field-meetings = Кәсіп иелерімен кездесулер мен экскурсиялар
export-field-parents = Бірлескен іс-шараларға қатысқан ата-аналар
export-field-zones = Ортаның жаңа аймақтары мен бұрыштары
export-field-zones_description = Аймақтар мен бұрыштардың сипаттамасы
export-field-exp_high = Эксперименттік: жоғары деңгей
export-field-exp_middle = Эксперименттік: орташа деңгей
export-field-exp_low = Эксперименттік: төмен деңгей
export-field-ctl_high = Бақылау: жоғары деңгей
export-field-ctl_middle = Бақылау: орташа деңгей
export-field-ctl_low = Бақылау: төмен деңгей
export-field-best_practice = Үздік педагогикалық тәжірибе
export-field-best_practice_photos = Фотосуреттер саны
export-field-difficulties = Қиындықтар мен тәуекелдер
export-field-help_topics = Қажет көмек (тақырыптары)
export-field-help_text = Қажет көмек (сипаттамасы)
analytics-choose-period = Талдамалық есептің жобасы. Қай есеп беру кезеңі бойынша дайындайын?
analytics-choose-region = Қай өңір бойынша дайындайын? «Бүкіл республика» — барлық өңірдің жиынтық есебі.
analytics-button-national = 🇰🇿 Бүкіл республика
analytics-caption = Талдамалық есептің жобасы: { $scope }, { $year } жыл, { $quarter }-тоқсан. Сандарды тексеріп, қорытындыны жазыңыз, қажет болса мәтінді түзетіңіз.
analytics-caption-quarterly = Жобаның іске асырылу барысы туралы ақпараттың жобасы: { $scope }, { $year } жыл, { $quarter }-тоқсан. Сандарды тексеріп, қорытындыны жазыңыз, басқарманың атауын, бұйрықтың күні мен нөмірін толтырыңыз.
analytics-caption-final = { $year } жылғы қаңтар–қарашадағы өңірлік талдамалық есептің жобасы: { $scope }. Сандарды тексеріп, қорытындыны жазыңыз, басқарманың атауын, бұйрықтың күні мен нөмірін толтырыңыз.
analytics-caption-ministry = Министрлікке арналған { $year } жылғы { $quarter }-тоқсан бойынша жиынтық ақпараттың жобасы: тек Институт ақпаратын қабылдаған өңірлер.
analytics-button-final = 📘 Қаңтар–қараша есебі
analytics-button-ministry = 🏛 Министрлікке жиынтық
analytics-doc-title-quarterly = «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасының { $year } жылғы { $quarter }-тоқсанда іске асырылу барысы туралы ақпарат
analytics-doc-title-final = «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасын іске асыру туралы { $year } жылғы қаңтар–қарашадағы өңірлік талдамалық есеп
analytics-doc-title-ministry = «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасының { $year } жылғы { $quarter }-тоқсанда іске асырылу барысы туралы жиынтық ақпарат
analytics-doc-sender = [Білім басқармасының атауы] ({ $scope })
analytics-doc-sender-institute = Балаларды ерте дамыту институты
analytics-doc-addressee = Балаларды ерте дамыту институты
analytics-doc-addressee-ministry = Қазақстан Республикасының Оқу-ағарту министрлігі
analytics-doc-basis-quarterly = Қазақстан Республикасы Оқу-ағарту министрінің 20___ жылғы «___» ____________ № _____ бұйрығымен бекітілген «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасын іске асыру алгоритміне сәйкес пилоттық жобаның { $year } жылғы { $quarter }-тоқсанда іске асырылу барысы туралы ақпарат ұсынылады.
analytics-doc-basis-final = Қазақстан Республикасы Оқу-ағарту министрінің 20___ жылғы «___» ____________ № _____ бұйрығымен бекітілген «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасын іске асыру алгоритміне сәйкес пилоттық жобаны іске асыру туралы { $year } жылғы қаңтар–қарашадағы өңірлік талдамалық есеп ұсынылады. Есеп { $year } жылғы қаңтар–қарашаны қамтиды: көрсеткіштер мектепке дейінгі ұйымдардың тапсыру мерзімі 30 қарашаға дейін келген кезеңнің барлық тоқсандарындағы ({ $quarters }) есептері бойынша жинақталды; еңбек дағдыларының қалыптасу деңгейлерінің өзгерісі тоқсандар бойынша 1-тоқсанмен салыстырылып берілді.
analytics-doc-basis-ministry = Қазақстан Республикасы Оқу-ағарту министрінің 20___ жылғы «___» ____________ № _____ бұйрығымен бекітілген «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасын іске асыру алгоритміне сәйкес Балаларды ерте дамыту институты пилоттық жобаның { $year } жылғы { $quarter }-тоқсанда іске асырылу барысы туралы жиынтық ақпаратты ұсынады. Ақпаратты Институт қабылдаған өңірлер енгізілді (өңірлер саны: { $total } өңірдің { $included }).
analytics-doc-regions-excluded = Енгізілмеген өңірлер (тоқсан бойынша ақпаратын Институт қабылдамаған): { $names }.
analytics-doc-region-summary = Мектепке дейінгі ұйымдар саны: { $organizations }; мерзімінде тапсырылған есептер: { $onTime }, мерзімінен кеш тапсырылғандар: { $late }; пысықтауға қайтарылып, қайта тапсырылмағандар: { $returned }; тапсырылмағандар: { $notHanded }. Еңбек дағдыларының қалыптасу деңгейі жоғары балалардың үлесі: эксперименттік топтарда — { $exp } %, бақылау топтарында — { $ctl } %.
analytics-doc-by-deadline-title = Есептердің белгіленген мерзімге тапсырылуы:
analytics-doc-by-status-title = Құжат жасалған күнгі есептердің жағдайы:
analytics-doc-returned-open = Пысықтауға қайтарылды, қайта тапсырылмады
analytics-doc-not-handed = Тапсырылмады
analytics-doc-total-row = Барлығы
analytics-doc-signature = Басшы ____________________ / Т.А.Ә.
analytics-doc-executor = Орынд.: Т.А.Ә., тел. ____________
analytics-doc-subtitle = { $scope } · { $year } жыл, { $quarter }-тоқсан
analytics-doc-subtitle-final = { $scope } · { $year } жылғы қаңтар–қараша ({ $quarters }-тоқсандардың есептері)
analytics-doc-by-quarter-title = Кезеңнің тоқсандары бойынша есептердің тапсырылуы (қаңтар–қараша):
analytics-doc-activities-period = { $year } жылғы қаңтар–қарашаның қорытындысы — { $quarters }-тоқсандарда тапсырылған есептердің қосындысы (есептер саны: { $count }); орташа мән — бір есепке шаққанда.
analytics-doc-activities-by-quarter = Тоқсандар бойынша (соңғы жол — кезеңнің қорытындысы):
analytics-doc-col-reports = Есептер
analytics-doc-col-activities = Сабақтар
analytics-doc-col-meetings = Кездесулер мен экскурсиялар
analytics-doc-col-parents = Ата-аналар
analytics-doc-col-zones = Жаңа аймақтар
analytics-doc-period-total-row = Қаңтар–қараша
analytics-doc-draft-note = [Қызметтік белгі — жіберер алдында өшіріңіз: құжаттың бұл жобасы мектепке дейінгі ұйымдардың есептері негізінде { $date } автоматты түрде дайындалды. Сандарды тексеріп, қорытындыны жазыңыз.]
analytics-doc-h-organizations = 1. Пилоттық жобаға қатысатын ұйымдар
analytics-doc-organizations-text = Пилоттық жобаға қатысатын мектепке дейінгі ұйымдар саны: { $count }.
analytics-doc-h-discipline = 2. Есеп беру тәртібі
analytics-doc-discipline-text = { $year } жылғы { $quarter }-тоқсан бойынша есеп тапсырудың соңғы күні — { $due }. Осы күннің соңына дейін тапсырылмаған есептер мерзімінде тапсырылмаған деп белгіленді; пысықтауға қайтарылған есептер бөлек көрсетілді.
analytics-doc-on-time = Мерзімінде тапсырылды
analytics-doc-late = Мерзімінен кеш тапсырылды
analytics-doc-overdue-list = Есебін мерзімінде тапсырмаған мектепке дейінгі ұйымдар:
analytics-doc-h-activities = 3. Іс-шаралар, кездесулер және ата-аналардың қатысуы
analytics-doc-activities-based = Тапсырылған есептер бойынша (есептер саны: { $count }).
analytics-doc-directions = Тоқсанда таңдалған жұмыс бағыттары (ұйымдар саны):
analytics-doc-directions-period = Қаңтар–қарашада таңдалған жұмыс бағыттары (бағытты кемінде бір тоқсанда таңдаған ұйымдар саны):
analytics-doc-h-comparison = 4. Салыстырмалы мониторинг: эксперименттік және бақылау топтары
analytics-doc-comparison-text = { $quarter }-тоқсанда еңбек дағдыларының қалыптасу деңгейі жоғары балалардың үлесі: эксперименттік топтарда — { $exp } %, бақылау топтарында — { $ctl } %.
analytics-doc-comparison-baseline = 1-тоқсанда: эксперименттік топтарда — { $exp } %, бақылау топтарында — { $ctl } %.
analytics-doc-comparison-none = Бұл кезеңде еңбек дағдыларының қалыптасу деңгейі туралы дерек жоқ: бақылау 1 және 4-тоқсанда жүргізіледі.
analytics-doc-h-practice = 5. Үздік педагогикалық тәжірибе
analytics-doc-quotes-intro = Мектепке дейінгі ұйымдардың есептерінен үзінділер (барлығы: { $total }, көрсетілгені: { $shown }).
analytics-doc-h-difficulties = 6. Қиындықтар мен тәуекелдер
analytics-doc-risks = Назар аударатын жайттар: мерзімінде тапсырылмаған есептер — { $overdue }, пысықтауға қайтарылған есептер — { $returned }.
analytics-doc-h-help = 7. Әдістемелік көмекке қажеттілік
analytics-doc-h-conclusions = 8. Қорытынды және ұсыныстар
analytics-doc-conclusions-placeholder = [Толтырыңыз: тоқсанның негізгі нәтижелері, тәуекелдер және келесі тоқсанға ұсыныстар.]
analytics-doc-none = Есептерде бұл туралы мәлімет жоқ.
analytics-doc-col-indicator = Көрсеткіш
analytics-doc-col-organizations = Ұйымдар саны
analytics-doc-col-share = Үлесі
analytics-doc-col-total = Барлығы
analytics-doc-col-average = Бір ұйымға орта есеппен
analytics-doc-col-groups = Топтар
analytics-doc-col-quarter = Тоқсан
analytics-doc-col-topic = Тақырып
analytics-doc-col-submitted = Тапсырылған есептер
analytics-doc-col-overdue = Мерзімінде тапсырылмаған
export-period-button = { $year } ж., { $quarter }-тоқсан

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
invitations-item = { $n }. { $role } — { $scope }. Жасалған күні: { $created }, соңғы жарамды күні — { $until }.
invitations-item-mine = { $n }. { $role } — { $scope }. Өзіңіз жасадыңыз: { $created }, соңғы жарамды күні — { $until }.
invitations-button-revoke = ✖️ Қайтарып алу: { $n }
invitations-revoked = Шақыру қайтарып алынды.
invitations-already-closed = Бұл шақыру пайдаланылған немесе қайтарып алынған.
parentlink-button-expiry = ⏳ Сілтеменің мерзімі
parentlink-expiry-ask = Ата-аналарға арналған сілтеме мен код қанша уақыт жарамды болсын? Қосылып қойған ата-аналар кез келген жағдайда қалады.
parentlink-expiry-days = { $days } күн
parentlink-button-expiry-none = Мерзімсіз
parentlink-expiry-none = Сілтеме мен код мерзімсіз жарамды.
parentlink-expiry-until = Сілтеме мен кодтың соңғы жарамды күні — { $until }.
parentlink-expired = Сілтеме мен кодтың мерзімі өтті: жаңа сілтеме шығарыңыз.

## Faults
faults-db-unavailable = Қызмет аз уақытқа қолжетімсіз болып тұр, хабарламаңыз өңделмеді. Бір минуттан кейін қайта жіберіп көріңізші.

## Seminars
help-cmd-seminar = Семинар, вебинар, консультация жариялау
help-cmd-seminars = Іс-шараларым: жауаптар мен бағалар
seminar-scope-national = Бүкіл республика
seminar-wizard-intro = Жаңа іс-шара. Бірнеше сұрақ қоямын, әр жауап бірден сақталады. Тоқтату: /cancel
seminar-wizard-cancelled = Іс-шараның қараламасы өшірілді.
seminar-ask-scope = Іс-шара кімге арналған? Өңірді (немесе бүкіл республиканы) таңдаңыз:
seminar-ask-kind = Қандай іс-шара өткізесіз?
seminar-kind-seminar = Семинар
seminar-kind-webinar = Вебинар
seminar-kind-consultation = Консультация
seminar-ask-title-kk = Атауын қазақ тілінде жазыңыз (ең көбі { $max } таңба):
seminar-ask-title-ru = Енді атауын орыс тілінде жазыңыз (ең көбі { $max } таңба):
seminar-ask-description-kk = Қазақ тіліндегі сипаттамасы: іс-шара не туралы және кімге арналған (ең көбі { $max } таңба):
seminar-ask-description-ru = Орыс тіліндегі сипаттамасы (ең көбі { $max } таңба):
seminar-ask-day = Өтетін күнін КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы: 25.11.2026
seminar-ask-time = Басталу уақыты (Астана уақытымен), СС:ММ түрінде, мысалы: 10:00
seminar-ask-duration = Ұзақтығы қанша минут (ең азы { $min }, ең көбі { $max })? Батырманы басыңыз немесе санын жазыңыз:
seminar-minutes = { $n } мин
seminar-ask-place-kind = Іс-шара қайда өтеді?
seminar-button-online = 🔗 Онлайн (сілтеме)
seminar-button-address = 📍 Мекенжай бойынша
seminar-ask-online-url = Трансляцияның немесе кездесудің сілтемесін жіберіңіз (https:// деп басталады):
seminar-ask-address = Өтетін мекенжайы (ең көбі { $max } таңба):
seminar-ask-audience = Іс-шара аумағы: { $scope }. Кімдерді шақырамыз?
seminar-button-audience-all = Барлық меңгерушілерді
seminar-button-audience-chosen = Балабақшаларды таңдау
seminar-ask-organizations = Меңгерушілері шақырылатын балабақшаларды белгілеп, «Дайын» батырмасын басыңыз. Таңдалғаны: { $chosen }.
seminar-button-orgs-done = Дайын ➡️
seminar-error-choose-organization = Кемінде бір балабақшаны белгілеңіз.
seminar-ask-parents = Осы балабақшалардағы ата-аналарды да шақырайық па?
seminar-button-parents-yes = Иә, ата-аналарды да
seminar-button-parents-no = Жоқ, тек меңгерушілер
seminar-ask-capacity = Орын саны қанша? Санын жазыңыз (ең көбі { $max }) немесе «Шектеусіз» батырмасын басыңыз.
seminar-button-no-capacity = Шектеусіз
seminar-preview-kk = 👁 Хабарландыруды қазақ тілінде оқитындар осылай көреді:
seminar-preview-ru = 👁 Хабарландыруды орыс тілінде оқитындар осылай көреді:
seminar-preview-confirm = Хабарландыруды алатын адам саны: { $count }. Жариялаймыз ба?
seminar-button-publish = 📣 Жариялау
seminar-button-discard = 🗑 Жарияламай өшіру
seminar-published = Жарияланды. Жауап батырмалары мен күнтізбе файлы бар хабарландыру жіберіліп жатыр, алушылар саны: { $count }. Жауаптар мен бағалар: /seminars
seminar-already-published = Бұл іс-шара жарияланып қойған немесе қараламасы өшірілген.
seminar-error-incomplete = Әзірге жариялауға болмайды, мыналар жетіспейді: { $missing }.
seminar-error-no-audience = Таңдалған топта әзірге ешкім жоқ: шақыратын адам табылмады.
seminar-use-buttons = Сұрақтың астындағы батырманың бірін басыңыз.
seminar-error-not-text = Жауапты мәтінмен жазыңыз.
seminar-error-empty = Жауап бос. Мәтінін жазыңыз.
seminar-error-too-long = Мәтін тым ұзын: ең көбі { $max } таңба болуы керек, қазір — { $length }. Қысқартып жазыңыз.
seminar-error-same-language = Бұл мәтін қазақ тіліндегісімен бірдей. Әркім хабарландыруды өз тілінде алады, сондықтан екі мәтін де керек — орыс тіліндегі нұсқасын жазыңыз.
seminar-error-day-format = Күнді түсінбедім. Былай жазыңыз: 25.11.2026
seminar-error-day-past = Бұл күн өтіп кетті. Бүгінгі немесе одан кейінгі күнді көрсетіңіз.
seminar-error-day-too-far = Тым алыс күн: іс-шараны ең ерте дегенде { $days } күн бұрын жариялауға болады. Жақынырақ күнді көрсетіңіз.
seminar-error-time-format = Уақытты түсінбедім. Былай жазыңыз: 10:00
seminar-error-time-past = Бұл уақыт өтіп кетті. Қазіргіден кейінгі уақытты көрсетіңіз.
seminar-error-datetime-format = Күн мен уақытты тани алмадым. Оларды бос орын арқылы жазыңыз, мысалы: 25.11.2026 10:00
seminar-error-number = Бүтін сан жазыңыз: ең азы { $min }, ең көбі { $max }.
seminar-error-url = Бұл https://… сілтемесіне ұқсамайды. Толық сілтемені жіберіңіз, мысалы: https://zoom.us/j/123456
seminar-error-url-spaces = Сілтемеде бос орын мен жол ауыстыру болмауы керек. Бір https://… сілтемесін басқа мәтінсіз, бір хабарламамен жіберіңіз.
seminar-error-address-link = Мекенжайда сілтеме болмауы керек — тек мекенжайды жазыңыз (қала, көше, үй, кабинет). Онлайн іс-шараның сілтемесі «🔗 Онлайн (сілтеме)» тармағында көрсетіледі.
seminar-error-link-not-accepted = Сілтеме қабылданбады: хабарландыру жарияланған жоқ. Өтетін орнын қайта көрсетіңіз.
seminar-error-started = Іс-шара басталып кетті, тоқтатылды немесе аяқталды — оны өзгертуге болмайды.
seminar-field-kind = іс-шараның түрі
seminar-field-title-kk = қазақша атауы
seminar-field-title-ru = орысша атауы
seminar-field-description-kk = қазақша сипаттамасы
seminar-field-description-ru = орысша сипаттамасы
seminar-field-starts = күні мен уақыты
seminar-field-duration = ұзақтығы
seminar-field-place = сілтеме немесе мекенжай
seminar-field-audience = шақырылған балабақшалар
seminar-announcement =
    📣 { $kind ->
        [webinar] Вебинар
        [consultation] Консультация
       *[seminar] Семинар
    }: { $title }

    { $description }

    🗓 { $when } (Астана уақытымен), ұзақтығы { $duration } мин.
    { $placeKind ->
        [online] 🔗 Онлайн: { $place }
       *[address] 📍 Мекенжайы: { $place }
    }
    { $capacity ->
        [0] 👥 Орын саны шектелмеген
       *[other] 👥 Орын саны: { $capacity }
    }

    Қатысасыз ба? Жауабыңызды іс-шара басталғанға дейін өзгерте аласыз.
seminar-button-coming = ✅ Қатысамын
seminar-button-not-coming = ❌ Қатыса алмаймын
seminar-rsvp-coming = Жазып қойдым: қатысасыз. Басталардан бір тәулік және бір сағат бұрын еске саламын.
seminar-rsvp-not-coming = Жазып қойдым: қатыса алмайсыз. Ойыңыз өзгерсе, «Қатысамын» батырмасын басыңыз.
seminar-rsvp-full = Өкінішке қарай, барлық орын ({ $capacity }) толып қалды. Қызығушылығыңызға рақмет — жаңа хабарландыруларды күтіңіз.
seminar-rsvp-started = Іс-шара басталып кетті немесе аяқталды: жауапты енді өзгертуге болмайды.
seminar-rsvp-cancelled = Бұл іс-шара өтпейді, ол тоқтатылды.
seminar-reminder-day =
    ⏰ Еске саламыз: ертең «{ $title }» өтеді.
    Басталуы: { $when } (Астана уақытымен).
    { $placeKind ->
        [online] 🔗 Сілтеме: { $place }
       *[address] 📍 Мекенжайы: { $place }
    }
seminar-reminder-hour =
    ⏰ Бір сағаттан кейін «{ $title }» басталады.
    Басталуы: { $when } (Астана уақытымен).
    { $placeKind ->
        [online] 🔗 Сілтеме: { $place }
       *[address] 📍 Мекенжайы: { $place }
    }
seminar-reminder-nudge = «{ $title }» іс-шарасына ({ $when }, Астана уақытымен) қатысатыныңызды не қатыспайтыныңызды әлі белгілемедіңіз. Төмендегі батырманы басыңыз — ұйымдастырушыға дайындалу үшін керек.
seminar-notice-time-changed =
    🔁 «{ $title }» іс-шарасының уақыты өзгерді.
    Бұрын: { $oldWhen }
    Енді: { $when } (Астана уақытымен)
    Жауабыңыз сақталды; жоспарыңыз өзгерсе, хабарландырудағы батырманы қайта басыңыз.
seminar-notice-place-changed =
    🔁 «{ $title }» іс-шарасының өтетін орны өзгерді ({ $when }, Астана уақытымен).
    Бұрын: { $oldPlace }
    Енді: { $place }
seminar-notice-cancelled = ❌ «{ $title }» іс-шарасы ({ $when }) өтпейді, ол тоқтатылды. Кешірім сұраймыз.
seminar-attendance-ask = «{ $title }» іс-шарасы ({ $when }) аяқталды. Сіз қатыстыңыз ба?
seminar-button-attended = ✅ Иә, қатыстым
seminar-button-missed = ❌ Жоқ, қатыса алмадым
seminar-feedback-missed = Жауабыңызға рақмет!
seminar-feedback-ask-rating = Іс-шараны 1-ден 5-ке дейін бағалаңыз:
seminar-feedback-ask-comment = Рақмет! Қаласаңыз, пікір жазыңыз: не пайдалы болды, не жетпеді (ең көбі { $max } таңба). Немесе «Пікірсіз» батырмасын басыңыз.
seminar-button-no-comment = Пікірсіз
seminar-feedback-thanks = Пікіріңізге рақмет!
seminar-feedback-already-rated = Қатысқаныңыз бен бағаңыз жазылып қойған. Рақмет!
seminar-ask-new-time = Жаңа күн мен басталу уақытын (Астана уақытымен) бос орын арқылы жазыңыз, мысалы: 25.11.2026 10:00. Тоқтату: /cancel
seminar-ask-new-place = Жаңа сілтемені (https://…) немесе жаңа мекенжайды жіберіңіз. Тоқтату: /cancel
seminar-changed = Өзгеріс сақталды. Ол туралы хабар жіберіліп жатыр, алушылар саны: { $count }.
seminar-unchanged = Бұл қазір көрсетілгенмен бірдей — ештеңе өзгертілген жоқ.
seminar-edit-cancelled = Өзгерту тоқтатылды: іс-шара бұрынғы күйінде қалды.
seminars-empty = Әзірге іс-шараларыңыз жоқ. Жариялау: /seminar
seminars-title = Іс-шараларыңыз ({ $count }). Жауаптар мен бағаларды көру үшін біреуін таңдаңыз:
seminars-status-draft = 📝
seminars-status-published = 📣
seminars-status-cancelled = ❌
seminars-status-closed = ✅
seminars-card =
    { $kind ->
        [webinar] Вебинар
        [consultation] Консультация
       *[seminar] Семинар
    }: { $title }
    🗓 { $when } (Астана уақытымен) · { $status }
    { $place }
seminars-figures =
    Шақырылғандар: { $invited }
    Қатысатындар: { $coming }
    Қатыса алмайтындар: { $notComing }
    Жауап бермегендер: { $noAnswer }
    Қатысқандар: { $attended }
    Орташа баға: { $rating } (бағалағандар: { $ratings })
seminars-comments = Пікірлер:
seminars-button-edit-time = 🕒 Уақытын өзгерту
seminars-button-edit-place = 📍 Сілтеме/мекенжай
seminars-button-cancel = ❌ Іс-шараны тоқтату
seminars-button-close = ✅ Аяқтау және сұрау
seminars-cancel-confirm = «{ $title }» тоқтатылсын ба? Шақырылғандардың бәрі бұл туралы хабар алады.
seminars-button-cancel-yes = Иә, тоқтату
seminars-cancelled = Іс-шара тоқтатылды. Хабар жіберіліп жатыр, алушылар саны: { $count }.
seminars-closed = Іс-шара аяқталды. Қатысуы мен бағасы туралы сұрақ жіберіліп жатыр, алушылар саны: { $count }.
seminars-error-not-started = Іс-шара әлі басталған жоқ. Оны басталғаннан кейін аяқтауға болады.
seminar-calendar-caption = 📅 «{ $title }», { $when } (Астана уақытымен). Іс-шараны телефон күнтізбесіне қосу үшін файлды ашыңыз.
seminar-calendar-caption-changed = 📅 «{ $title }», { $when } (Астана уақытымен). Телефон күнтізбесіндегі іс-шараны жаңарту үшін файлды ашыңыз.
seminar-calendar-caption-cancelled = ❌ «{ $title }», { $when }: іс-шара тоқтатылды. Оны телефон күнтізбесінен алып тастау үшін файлды ашыңыз.

## Broadcasts
help-cmd-broadcast = Хабарландыру жіберу
broadcast-intro = Жаңа хабарландыру. Бірнеше сұрақ қоямын; тоқтату: /cancel
broadcast-cancelled = Хабарландырудың қараламасы өшірілді.
broadcast-ask-scope = Хабарландыру қай аумаққа арналған?
broadcast-ask-target = Хабарландыру аумағы: { $scope }. Кімге жібереміз?
broadcast-target-heads = Меңгерушілерге
broadcast-target-methodologists = Әдіскерлерге
broadcast-target-parents = Ата-аналарға
broadcast-target-heads-chosen = Меңгерушілер: таңдау
broadcast-target-parents-chosen = Ата-аналар: таңдау
broadcast-ask-organizations = Балабақшаларды белгілеп, «Дайын» батырмасын басыңыз. Таңдалғаны: { $chosen }.
broadcast-ask-text-kk = Хабарландырудың қазақ тіліндегі мәтіні (ең көбі { $max } таңба):
broadcast-ask-text-ru = Енді орыс тіліндегі мәтінін жазыңыз (ең көбі { $max } таңба). Әр алушы хабарландыруды өз тілінде көреді.
broadcast-ask-attachment = Қажет болса, бір фото немесе құжат (PDF, Word, Excel, JPEG не PNG; ең көбі { $maxMb } МБ) жіберіңіз — мәтін оның жазбасы болады (бұл жағдайда мәтін ең көбі { $max } таңба). Болмаса, «Тіркемесіз» батырмасын басыңыз.
broadcast-button-no-attachment = Тіркемесіз
broadcast-error-attachment = Қазір фото, құжат немесе «Тіркемесіз» батырмасын күтіп тұрмын.
broadcast-error-caption-too-long = Фото не құжатпен бірге мәтін оның жазбасы болады, ал жазба ең көбі { $max } таңба. Мәтіндерді қысқартыңыз (/broadcast қайта бастаңыз) немесе «Тіркемесіз» батырмасын басыңыз.
broadcast-error-same-language = Бұл мәтін қазақ тіліндегісімен бірдей. Хабарландыру бір тілде ғана жіберілмейді: әр алушы өз тілінде оқиды, сондықтан орыс тіліндегі мәтін керек.
broadcast-confirm =
    Хабарландыруды алатын адам саны: { $count } ({ $audience ->
        [parents] ата-аналар
        [methodologists] әдіскерлер
       *[heads] меңгерушілер
    }; { $scope }). Жібереміз бе?
broadcast-button-send = 📢 Жіберу ({ $count })
broadcast-already-sent = Бұл хабарландыру жіберіліп қойған немесе қараламасы өшірілген.
broadcast-error-incomplete = Жіберуге болмайды, мыналар жетіспейді: { $missing }.
broadcast-field-audience = алушылар
broadcast-field-text-kk = қазақша мәтін
broadcast-field-text-ru = орысша мәтін
broadcast-field-organizations = таңдалған балабақшалар
broadcast-field-caption = тіркемемен мәтін ең көбі { $max } таңба
broadcast-sent = Хабарландыру кезекке қойылды, алушылар саны: { $count }. Хабарлар Telegram шектеулері мен тыныш сағаттар ескеріліп, біртіндеп жіберіледі.
broadcast-button-status = 📊 Жеткізу күйі
broadcast-status =
    Хабарландырудың жеткізілуі (алушылар саны: { $total }):
    ✅ Жеткізілді: { $sent }
    ⏳ Жіберілуін күтуде (тыныш сағаттар, шектеулер): { $waiting }
    🚫 Қолжетімсіз (ботты бұғаттаған): { $unreachable }
    ⚠️ Қате: { $failed }
broadcast-message = 📢 { $text }
broadcast-error-attachment-type = Мұндай файлды жіберуге болмайды. PDF, сурет (JPEG, PNG), Word құжаты (.docx) және Excel кестесі (.xlsx) жарайды; орындалатын файлдар мен архивтер (.apk, .exe, .zip, .rar және т.б.) қабылданбайды. Басқа файл жіберіңіз немесе «Тіркемесіз» батырмасын басыңыз.
broadcast-error-attachment-size = Файл тым үлкен: ең көбі { $max } МБ болуы керек. Файлды кішірейтіңіз (мысалы, PDF-ті сығыңыз) немесе «Тіркемесіз» батырмасын басыңыз.
broadcast-error-daily-limit = Бүгін сіз { $limit } хабарландыру жібердіңіз — бұл бір күндік шек. Қаралама сақталды: оны ертең жіберуге болады.
broadcast-awaiting-approval = Бірнеше балабақшаның ата-аналарына арналған хабарландыру екінші адам — үйлестіруші немесе әкімші мақұлдағаннан кейін жіберіледі (авторы өзі мақұлдай алмайды). { $approvers ->
    [0] Қазір оны мақұлдайтын ешкім жоқ: жоба әкімшісіне хабарласыңыз.
   *[other] Мақұлдау сұрауы жіберілді, сұрау алғандар саны: { $approvers }.
}
broadcast-approval-ask =
    Жоғарыдағы хабарландыру сіздің мақұлдауыңызды күтіп тұр.
    Алушылар: ата-аналар ({ $national ->
        [yes] бүкіл республика
       *[no] { $region }
    }), барлығы { $count }.
    Оны авторы емес, екінші адам мақұлдағанда ғана жіберіледі.
broadcast-button-approve = ✅ Мақұлдап жіберу
broadcast-button-decline = ✖️ Мақұлдамау
broadcast-approval-already-decided = Бұл хабарландыру бойынша шешім қабылданып қойған.
broadcast-approval-approved = Мақұлданды: хабарландыру жіберіліп жатыр, алушылар саны: { $count }.
broadcast-approval-declined = Мақұлданбады: хабарландыру жіберілмеді, авторына хабар беріледі.
broadcast-approval-author-approved = Хабарландыруыңыз мақұлданып, жіберіліп жатыр. Алушылар саны: { $count }.
broadcast-approval-author-declined = Хабарландыруыңыз мақұлданбады және жіберілмеді. Нені өзгерту керегін үйлестірушіден сұрап, жаңасын дайындаңыз: /broadcast
help-cmd-bestpractice = Үздік педагогикалық тәжірибемен бөлісу
bestpractice-none = Үздік тәжірибе сипатталған қабылданған есептер әзірге жоқ.
bestpractice-list = Үздік педагогикалық тәжірибесі бар қабылданған есептер: { $count }. Есепті таңдаңыз:
bestpractice-card =
    🌟 Үздік педагогикалық тәжірибе
    { $organization } · { $year } жыл, { $quarter }-тоқсан

    { $text }

    Фото саны: { $photos }
bestpractice-button-ask-region = Өңірге ұсыну
bestpractice-button-ask-national = Бүкіл республикаға ұсыну
bestpractice-asked = Меңгерушіден ({ $organization }) келісім сұрадым. Жауап бергенде хабарлаймын; келісім болса, тәжірибені меңгерушілер алады.
bestpractice-already-asked = Бұл туралы келісім сұралып қойған, жауап күтілуде.
bestpractice-no-author = Бұл есепті тапсырған адам табылмады: келісімді сұрайтын ешкім жоқ.
bestpractice-consent-ask =
    🌟 Әдіскер балабақшаңыздың ({ $organization }) { $year } жылғы { $quarter }-тоқсан есебіндегі тәжірибесімен { $scope ->
        [national] бүкіл республиканың
       *[region] өңірдің
    } меңгерушілерімен бөліскісі келеді. Авторы ретінде балабақшаңыз көрсетіледі.

    { $text }

    Фото саны: { $photos }. Келісесіз бе?
bestpractice-button-agree = ✅ Келісемін, бөлісу
bestpractice-button-decline = Қазір емес
bestpractice-consent-thanks = Рақмет! Тәжірибеңіз әріптестерге жіберіліп жатыр.
bestpractice-consent-declined = Жақсы, тәжірибе жіберілмейді.
bestpractice-already-answered = Бұл сұраққа жауап берілген.
bestpractice-author-agreed = ✅ Меңгеруші келісті: тәжірибе ({ $organization }) жіберіліп жатыр, алушылар саны: { $count }.
bestpractice-author-declined = Меңгеруші тәжірибемен ({ $organization }) бөлісуге келісім бермеді. Ол жіберілмеді.
bestpractice-message =
    🌟 Үздік педагогикалық тәжірибе
    { $organization } ({ $region }), { $year } жыл, { $quarter }-тоқсан

    { $text }
bestpractice-photo-caption = 🌟 { $organization } — фото: { $index } / { $total }
## Status and digest
help-cmd-status = Жиынтық: есептер, қатысушылар, дағдылар
help-cmd-digest = Апталық жиынтықты қосу не өшіру
status-not-allowed = Жиынтықты балабақша меңгерушілері, әдіскерлер және жоба үйлестірушілері көре алады.
status-no-periods = Есеп беру кезеңдері әлі белгіленбеген.
status-choose = Өңірді немесе балабақшаны таңдаңыз:
status-period = { $year } жылғы { $quarter }-тоқсан · тапсыру мерзімі — { $due }
status-title-country = 📊 Бүкіл республика
status-title-region = 📊 { $region }
status-hint-drill-down = Өңірдің балабақшаларын көру үшін оның атауын басыңыз.
status-no-kindergartens = Бұл өңірде жобаға қатысатын балабақша жоқ.
status-kindergartens-page = Балабақшалар: { $from }–{ $to }, барлығы { $total } (бет: { $page } / { $pages }). Алдымен назар аударуды қажет ететіндері:
status-button-period = { $quarter }-тоқсан { $year }
status-button-previous-page = ◀ Артқа
status-button-next-page = Әрі қарай ▶
status-button-country = ⬆ Бүкіл республика
status-button-effect = 📐 Жоба әсері
status-reports-title = Есептер, балабақшалар саны: { $total }
status-reports-accepted = { $n } ✅ қабылданды
status-reports-submitted = { $n } 📨 тексеруде
status-reports-returned = { $n } ↩️ пысықтауға қайтарылды
status-reports-in-progress = { $n } ✏️ толтырылып жатыр
status-reports-not-started = { $n } ▫️ басталмаған
status-reports-overdue = { $n } ⏰ мерзімінде тапсырылмаған
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
status-skills-title = Балалардың еңбек дағдылары, бақылау нәтижесі (жоғары · орташа · төмен):
status-skills-none = Әзірге дерек жоқ: дағды деңгейлері 1-тоқсан мен 4-тоқсан есептерінде көрсетіледі.
status-skills-experimental = экс.: { $high } · { $middle } · { $low } (есептер: { $kindergartens })
status-skills-control = бақ.: { $high } · { $middle } · { $low } (есептер: { $kindergartens })
status-skills-change-experimental = Эксперименттік топтарда жоғары деңгей 1-тоқсанмен салыстырғанда: { $change } пайыздық тармақ (екі есебін де тапсырған балабақшалар: { $kindergartens })
status-skills-change-control = Бақылау топтарында жоғары деңгей 1-тоқсанмен салыстырғанда: { $change } пайыздық тармақ (екі есебін де тапсырған балабақшалар: { $kindergartens })
status-attention-title = ⚠️ Назар аударыңыз:
status-attention-none = 👍 Назар аударуды қажет ететін ештеңе жоқ.
status-attention-overdue = ⏰ есеп мерзімінде тапсырылмаған: { $count }
status-attention-no-head = 👤 меңгерушісі ботқа тіркелмеген: { $count }
status-attention-heads-unreachable = 📵 меңгерушіге хабар жетпейді: { $count }
status-attention-returned = ↩️ қайтарылған есеп қайта тапсырылмаған: { $count }
status-legend-regions = Тапсырылғаны/барлығы · ⏰ мерзімінде тапсырылмаған · ⚠️ назар аударуды қажет етеді · өңір
status-region-line = { $handed }/{ $all } ⏰{ $overdue } ⚠️{ $flagged } { $name }
status-legend-kindergartens = ✅ қабылданды · 📨 тексеруде · ↩️ қайтарылды · ✏️ толтырылып жатыр · ▫️ басталмаған · ⏰ мерзімінде тапсырылмаған · 👤 меңгеруші жоқ · 📵 меңгерушіге хабар жетпейді
status-card-report-accepted = Есеп: ✅ қабылданды
status-card-report-submitted = Есеп: 📨 тапсырылды, әдіскер тексеріп жатыр
status-card-report-returned = Есеп: ↩️ пысықтауға қайтарылды
status-card-report-in-progress = Есеп: ✏️ толтырылып жатыр
status-card-report-not-started = Есеп: ▫️ әлі басталмаған
status-card-due = Тапсыру мерзімі — { $due }.
status-card-overdue = { $viewer ->
        [head] ⏰ Мерзімі өтті, бірақ есеп тапсырылмады. Есепті ашу: /report
       *[staff] ⏰ Мерзімі өтті, бірақ есеп тапсырылмады.
    }
status-card-late = 🐢 Кешігіп тапсырылды.
status-card-missing = Жауап берілмеген сұрақтар саны: { $count }
status-card-returned-fields = Әдіскер пікір жазып қайтарған сұрақтар саны: { $count }
status-compare-title = { $viewer ->
        [head] Сіздің көрсеткіштеріңіз өңір мен бүкіл республиканың көрсеткіштерімен қатар (медиана, ең азы–ең көбі):
       *[staff] Балабақшаның көрсеткіштері өңір мен бүкіл республиканың көрсеткіштерімен қатар (медиана, ең азы–ең көбі):
    }
status-compare-none = Әзірге салыстыратын ештеңе жоқ: бұл тоқсанда тапсырылған есеп әлі жоқ.
status-compare-activities = Сабақтар: { $viewer ->
        [head] сізде
       *[staff] балабақшада
    } { $own } · өңірде { $region } · республикада { $country }
status-compare-meetings = Кездесулер мен экскурсиялар: { $viewer ->
        [head] сізде
       *[staff] балабақшада
    } { $own } · өңірде { $region } · республикада { $country }
status-compare-parents = Іс-шараларға қатысқан ата-аналар: { $viewer ->
        [head] сізде
       *[staff] балабақшада
    } { $own } · өңірде { $region } · республикада { $country }
status-compare-exp-high = Эксперименттік топтардағы жоғары деңгей, %: { $viewer ->
        [head] сізде
       *[staff] балабақшада
    } { $own } · өңірде { $region } · республикада { $country }
status-compare-ctl-high = Бақылау топтарындағы жоғары деңгей, %: { $viewer ->
        [head] сізде
       *[staff] балабақшада
    } { $own } · өңірде { $region } · республикада { $country }
status-compare-spread = { $median } ({ $min }–{ $max })
status-compare-too-few = салыстыруға балабақша аз
status-compare-privacy = Медиана кемінде { $median } басқа балабақшаның, ең азы мен ең көбі кемінде { $range } басқа балабақшаның деректері болғанда ғана көрсетіледі: жеке балабақшаның көрсеткіштері көрінбеуі үшін.
digest-not-allowed = Апталық жиынтықты жоба үйлестірушілері мен әдіскерлері алады.
digest-state-on = Апталық жиынтық қосулы: ол дүйсенбі сайын келеді. Өшіру: /digest off
digest-state-off = Апталық жиынтық өшірулі. Қосу: /digest on
digest-usage = Апталық жиынтықты өшіру үшін /digest off, қайта қосу үшін /digest on деп жазыңыз.
digest-switched-on = Дайын: апталық жиынтық қосылды.
digest-already-on = Апталық жиынтық онсыз да қосулы.
digest-switched-off = Дайын: апталық жиынтық өшірілді. Қайта қосу: /digest on
digest-already-off = Апталық жиынтық онсыз да өшірулі.
digest-weekly-title = 📬 Апта жиынтығы: { $scope }
digest-weekly-country = бүкіл республика
digest-weekly-no-overdue = Мерзімінде тапсырылмаған есеп жоқ.
digest-weekly-overdue-regions = ⏰ Мерзімінде тапсырылмаған есептер: { $count }. Өңірлер бойынша:
digest-weekly-overdue-kindergartens = ⏰ Есебін мерзімінде тапсырмаған балабақшалар ({ $count }), мерзім өткелі { $days } күн болды:
digest-weekly-overdue-legend = 👤 меңгерушісі ботқа тіркелмеген · 📵 меңгерушіге хабар жетпейді · ↩️ қайтарылған есеп қайта тапсырылмаған
digest-weekly-drill-down = Толығырақ — /status: республика → өңір → балабақша, өткен тоқсандар да сонда.
digest-weekly-switch-off = Жиынтық керек емес пе? /digest off
digest-weekly-part = { $body }
digest-weekly-button-status = 📊 Жиынтықты ашу
digest-weekly-chart-caption = 📊 { $scope }, { $year } жылғы { $quarter }-тоқсан: жоғарыда — есептердің жағдайы, төменде — эксперименттік және бақылау топтарындағы балалардың дағды деңгейлері.
digest-weekly-chart-caption-status = 📊 { $scope }, { $year } жылғы { $quarter }-тоқсан: есептердің жағдайы.
status-tips-title = Ата-аналарға апталық іс-әрекеттер (осы тоқсанда):
status-tips-experimental = экс.: жіберілді — { $sent }, «Орындадық» — { $done }
status-tips-control = бақ.: жіберілді — { $sent }, «Орындадық» — { $done }
status-tips-lifted-regions = Бақылау топтарына шектеу алынған өңірлер саны: { $count }
status-tips-lifted-here = Бақылау топтарына шектеу алынған: олардың ата-аналары да іс-әрекеттер алады.
status-seminars-title = Семинарлар, вебинарлар мен консультациялар (осы тоқсанда): { $count }, оның ішінде өткені: { $held }
status-seminars-invited = { $n } { $count ->
   *[other] адам шақырылды
} (меңгерушілер мен ата-аналар)
status-seminars-coming = { $n } { $count ->
   *[other] адам «Қатысамын» деп жауап берді
}
status-seminars-attended = { $n } { $count ->
   *[other] адам іс-шараларға қатысты
}
status-seminars-rating = ⭐ Орташа баға: 5 балдан { $rating } (бағалағандар: { $count })


## Order of activities in a region
tips-order-button = 🔢 Іс-әрекеттер реті
tips-order-choose-region = Апталық іс-әрекеттердің реті: өңірді таңдаңыз.
tips-order-title = { $region }: апталық іс-әрекеттердің реті
tips-order-national = Қазір жалпы рет қолданылады — бүкіл республикадағыдай.
tips-order-custom = Қазір өңірге арнап белгіленген рет қолданылады. Жаңа іс-әрекеттер тізімнің соңына қосылады.
tips-order-hint = Әр ата-ана тізімдегі өзі әлі алмаған, жыл мезгілі мен баланың жасына сай ең алғашқы іс-әрекетті алады (белгілі бір мезгілге арналғандары бірінші жіберіледі), сондықтан іс-әрекеттер қайталанбайды. Іс-әрекеттің орнын ауыстыру үшін оның нөмірі жазылған батырманы басыңыз.
tips-order-page = Бет { $page }/{ $pages }.
tips-order-empty = Кітапханада жіберілетін іс-әрекет әлі жоқ (/activities).
tips-order-card =
    Іс-әрекет № { $place } (барлығы { $total }): «{ $title }»
    Оны қай орынға ауыстырасыз? Ата-аналар бұрын алған іс-әрекеттер қайталанбайды.
tips-order-button-up = ⬆️ Жоғары
tips-order-button-down = ⬇️ Төмен
tips-order-button-place = 🔢 Орнын көрсету…
tips-order-button-list = ◀️ Тізімге
tips-order-button-reset = ↩️ Жалпы ретке қайту
tips-order-reset-confirm = { $region }: іс-әрекеттердің жалпы ретіне қайтасыз ба? Өңірге арнап белгіленген рет өшіріледі. Ата-аналар бұрын алған іс-әрекеттер қайталанбайды.
tips-order-button-reset-yes = Иә, қайту
tips-order-button-reset-no = Жоқ, қалдыру
tips-order-reset-done = Дайын: өңірде қайтадан жалпы рет қолданылады.
tips-order-ask-place = «{ $title }» іс-әрекетін қай орынға қоясыз? Орынның нөмірін жіберіңіз: ең азы 1, ең көбі { $total }.
tips-order-place-invalid = Орынның нөмірі бүтін сан болуы керек: ең азы 1, ең көбі { $total }, мысалы, 3. Қайта жіберіңіз немесе ештеңені өзгертпеу үшін /cancel жіберіңіз.
tips-order-moved = Дайын: «{ $title }» іс-әрекеті енді { $place }-орында.
tips-order-stale = Бұл тізім ашық тұрғанда іс-әрекеттердің реті өзгерді, сондықтан ештеңе өзгертілмеді. Қазіргі ретін көрсетемін.
tips-order-gone = Бұл іс-әрекет алынып тасталған: ешкімге жіберілмейді, сондықтан орнын ауыстыру мүмкін емес. Қазіргі ретін көрсетемін.

## Abuse limits
abuse-rate-limited = Сұраулар тым жиі келіп жатыр, сондықтан біраз уақыт оларға жауап бермеймін. Бір минут күтіп, қайталап көріңіз.
abuse-file-in-progress = Файл дайындалып жатыр — дайын болған соң бірден жіберемін. Жаңа сұрауды содан кейін жіберуге болады.

## Activity library: editors, proposals, revisions
library-proposer-intro = Сіз жазған жаңа іс-әрекеттер мен түзетулер тексеруге жіберіледі. Ата-аналарға олар жоба әкімшісі немесе республикалық деңгейдегі үйлестіруші мақұлдағаннан кейін ғана барады.
library-link-refused = Іс-әрекет мәтінінде сілтеме болмауы керек: ата-аналар оны жоба атынан алады, ал сілтеме алаяқтардың сайтына апаруы мүмкін. Табылғаны: { $link }. Сілтемелерді, сайт мекенжайларын, @аттарды және пошта мекенжайларын алып тастап, мәтінді қайта жіберіңіз.
library-problem-outdated = Түзету басталғаннан кейін бұл іс-әрекет өзгертілді, сондықтан түзету сақталмады: әйтпесе жаңа нұсқа жоғалып кетер еді. Іс-әрекетті қайта ашып (/activities), түзетуді қазіргі нұсқаға енгізіңіз.
library-problem-own_proposal = Өз ұсынысыңызды мақұлдай алмайсыз: оны басқа адам тексеріп, мақұлдайды.
library-problem-reason_invalid = Бас тарту себебін жазыңыз: 3–500 таңба.
library-problem-unchanged = Сақтайтын ештеңе жоқ: мәтін қазіргі нұсқадан өзгеше емес. Іс-әрекетті өзгерту үшін оны ашып, мәтіннің тілін таңдаңыз да, жаңа мәтінді жіберіңіз.
library-button-proposals = 📝 Ұсыныстар: { $count }
library-button-propose-kk = ✏️ Түзету: қазақша
library-button-propose-ru = ✏️ Түзету: орысша
library-button-history = 🕘 Тарихы
library-card-revision = Қазіргі нұсқасы: № { $number }, { $date }.
library-confirm-propose = Жоғарыдағы екі нұсқаны тексеріңіз. Тексеруге жібересіз бе?
library-button-send = 📨 Тексеруге жіберу
library-proposed = Ұсыныс тексеруге жіберілді. Ата-аналарға іс-әрекет мақұлданғаннан кейін ғана барады; шешімін өзіңізге хабарлаймын.
library-author-library = жобаның кітапханасы
library-author-unknown = автордың деректері өшірілген
library-history-title = «{ $title }» іс-әрекетінің тарихы (қазіргі нұсқасы — № { $number }), бет { $page }/{ $pages }:
library-history-approved = № { $number } · { $date } · { $author }
library-history-restored = № { $number } · { $date } · { $author } · № { $from } нұсқа қайтарылды
library-history-proposed = Ұсыныс · { $date } · { $author } · тексерілуде
library-history-rejected = Ұсыныс · { $date } · { $author } · қабылданбады: { $reason }
library-button-revision = № { $number }
library-button-proposal = 📝 { $id }
library-button-rejected = ✖️ { $id }
library-revision-title = «{ $title }»: № { $number } нұсқа. № { $previous } нұсқамен салыстырғанда өзгергені:
library-proposal-title = «{ $title }» іс-әрекетіне ұсыныс (№ { $base } нұсқаға). Не өзгереді:
library-proposal-new-title = Жаңа іс-әрекет ұсынысы: «{ $title }». Ата-аналарға қалай баратыны — жоғарыда.
library-proposal-rejected-reason = Қабылданбады. Себебі: { $reason }
library-compare-title = «{ $title }»: № { $number } нұсқаның қазіргі нұсқадан (№ { $current }) айырмасы:
library-diff-none = Мәтіні мен өрістері бірдей.
library-diff-empty = (жоқ)
library-field-part = { $language }, { $part }
library-field-language-kk = Қазақша мәтін
library-field-language-ru = Орысша мәтін
library-field-title = атауы
library-field-activity = не істеу керек
library-field-words = әңгімеге арналған сөздер
library-field-safety = қауіпсіздік
library-field-youngest = ең кішкентайларға
library-field-direction = Бағыты
library-field-season = Жыл мезгілі
library-field-ages = Жас топтары
library-field-step = Күрделілік деңгейі
library-field-minutes = Минут
library-season-autumn = күз
library-season-winter = қыс
library-season-spring = көктем
library-season-summer = жаз
library-season-any = кез келген
library-button-approve = ✅ Мақұлдау
library-button-reject = ✖️ Қабылдамау
library-button-compare = 🔍 Қазіргімен салыстыру
library-button-restore = ↩️ № { $number } қайтару
library-restored = Дайын: бұрынғы нұсқаның мәтіні қайтарылды, бұл — жаңа № { $number } нұсқа. Ол келесі апталық жоспардан бастап ескеріледі.
library-proposals-title = Тексерілетін ұсыныстар: { $count }. Өзгерістерді қарап, шешім қабылдау үшін нөмірін таңдаңыз.
library-proposals-item = { $n }. «{ $title }» түзетуі · { $author } · { $date }
library-proposals-item-new = { $n }. Жаңа іс-әрекет: «{ $title }» · { $author } · { $date }
library-proposals-none = Тексерілетін ұсыныс жоқ.
library-approved = Мақұлданды: бұл — № { $number } нұсқа. Ата-аналарға ол келесі апталық жоспардан бастап барады. Авторға хабарлама жіберіледі.
library-ask-reason = Ұсыныстың неге қабылданбағанын бір хабарламамен жазыңыз: бұл мәтінді автор алады.
library-rejected = Ұсыныс қабылданбады. Авторға себебі көрсетілген хабарлама жіберіледі.
library-notice-proposed-new = 📝 Жаңа іс-әрекет тексерілуде: «{ $title }». Ата-аналарға ол мақұлданғаннан кейін ғана барады.
library-notice-proposed-change = 📝 «{ $title }» іс-әрекетінің түзетуі тексерілуде. Ата-аналарға ол мақұлданғаннан кейін ғана барады.
library-button-open-proposal = 🔍 Қарау
library-notice-approved = ✅ «{ $title }» ұсынысыңыз мақұлданды: апталық іс-әрекеттерге қосылады.
library-notice-rejected = «{ $title }» ұсынысыңыз қабылданбады. Себебі: { $reason }

## Weekly activities: season and age
tips-under-three =
    Апталық іс-әрекеттер әзірге 3–6 жастағы балаларға арналып жазылған: оларда кішкентай балаға қауіпті ұсақ заттар (бұршақ, түйме, тас) жиі кездеседі.
    Сондықтан ерте жас және кіші топтағы балалардың ата-аналарына әзірге жіберілмейді. Үш жасқа дейінгі балаларға арналған іс-әрекеттер дайын болғанда немесе балаңыз ортаңғы топқа ауысқанда, өзі келе бастайды — ештеңе істеудің қажеті жоқ.

## Programme effect (experimental vs control, difference in differences)
effect-title = 📐 Жобаның әсері: эксперименттік және бақылау топтары
effect-doc-title = Жоба әсерін бағалау
effect-first-quarter = 1-тоқсанда әсер бағаланбайды: өзгеріс 1-тоқсаннан дағдылардың келесі бағалануына (4-тоқсан) дейін есептеледі.
effect-too-few = Әсер бағасы берілмейді: 1-тоқсанның да, осы кезеңнің де есебін тапсырған балабақшалар тым аз (эксперименттік топтары барлары — { $exp }, бақылау топтары барлары — { $ctl }; әрқайсысында кемінде { $min } керек). Жоғарыдағы үлестер — қорытынды емес, сипаттама ғана.
effect-doc-too-few = Әсер бағасы келтірілмейді: 1-тоқсанның да, есепті кезеңнің де есебін ұсынған мектепке дейінгі ұйымдар жеткіліксіз (эксперименттік топтары барлары — { $exp }, бақылау топтары барлары — { $ctl }; әрқайсысында кемінде { $min } қажет). Келтірілген үлестер сипаттама ретінде ғана беріледі.
effect-shares = Еңбек дағдыларының қалыптасу деңгейі жоғары балалардың үлесі, 1-тоқсан → { $quarter }-тоқсан: эксперименттік топтарда { $expFirst } % → { $expNow } %, бақылау топтарында { $ctlFirst } % → { $ctlNow } %.
effect-estimate = Өзгерістердің айырмасы (эксперименттік топтардікінен бақылау топтарынікі шегеріледі): { $effect } пайыздық тармақ; 95 пайыздық аралығы: { $low } … { $high } пайыздық тармақ.
effect-clear-higher = Айырма эксперименттік топтардың пайдасына, аралық нөлді қамтымайды: мұны балабақшалар арасындағы кездейсоқ айырмашылықпен түсіндіру қиын.
effect-clear-lower = Айырма эксперименттік топтардың пайдасына емес, аралық нөлді қамтымайды: мұны әдістемелік орталықтармен бірге талдаған жөн.
effect-unclear = Аралық нөлді қамтиды: бұл деректер бойынша жоба жоғары деңгейдегі балалардың үлесін өзгертті деп айтуға болмайды, айырма кездейсоқ болуы мүмкін.
effect-basis = Бағаның негізі: екі есебін де тапсырған балабақшалар — эксперименттік топтары барлары { $exp }, бақылау топтары барлары { $ctl }; осы кезеңдегі балалар — { $expChildren } және { $ctlChildren }. Аралық балалардың балабақшалар бойынша топтасқанын ескереді (балабақшалар бойынша бутстреп).
effect-doc-basis = Бағаның негізі: екі есебін де ұсынған мектепке дейінгі ұйымдар — эксперименттік топтары барлары { $exp }, бақылау топтары барлары { $ctl }; есепті кезеңдегі балалар — { $expChildren } және { $ctlChildren }. Балалар ұйымдар бойынша топтасқандықтан, аралық ұйымдар бойынша бутстреп әдісімен есептелді.
effect-caveat = Бағаның білдірмейтіні: топтарды жеребе емес, әдістемелік орталықтар белгіледі, ал дағды деңгейлерін педагогтер бағалайды. Баға үлестердің қаншалықты әртүрлі өзгергенін көрсетеді, бірақ себебін дәлелдемейді.
effect-sheet = Жоба әсері
effect-col-arm = Топтар
effect-col-organizations = Ұйымдар саны
effect-col-children = Балалар саны
effect-col-first = Жоғары деңгейдің үлесі, 1-тоқсан, %
effect-col-now = Жоғары деңгейдің үлесі, есепті кезең, %
effect-col-change = Өзгеріс, пайыздық тармақ
effect-row-experimental = Эксперименттік
effect-row-control = Бақылау
effect-row-difference = Өзгерістердің айырмасы, пайыздық тармақ
effect-row-interval = 95 пайыздық аралық, пайыздық тармақ
effect-no-data = Әзірге баға жоқ: дағды деңгейлері 1- және 4-тоқсандарда бағаланады; әсер бағасы 1-тоқсан есебін де тапсырған балабақшалардың 4-тоқсан есептері бойынша шығады.
effect-doc-no-data = Әсер бағасы келтірілмейді: дағды деңгейлері 1- және 4-тоқсандарда бағаланады, баға 1-тоқсан есебін де ұсынған мектепке дейінгі ұйымдардың 4-тоқсан есептері бойынша есептеледі.
tips-week-over-next = Бұл — өткен аптаның іс-әрекеті, оған енді жауап беру мүмкін емес. Келесі іс-әрекет келетін күн: { $day }, сағат { $time } (Астана уақыты).

## Dashboard (Mini App opened from /status)
status-button-dashboard = 📈 Көрсеткіштер тақтасы
webapp-title = Жоба көрсеткіштері
webapp-loading = Жүктелуде…
webapp-refused-missing = Бұл бетті ботта /status командасына келген жауаптағы батырма арқылы ашыңыз.
webapp-refused-forged = Бет деректерінің қолтаңбасы расталмады. Бетті ботта /status арқылы қайта ашыңыз.
webapp-refused-expired = Беттің жарамдылық мерзімі өтті (бір сағаттан асты). Бетті ботта /status арқылы қайта ашыңыз.
webapp-refused-no-figures = Бұл бет жоба үйлестірушілеріне, әдіскерлерге және балабақша меңгерушілеріне арналған.
webapp-refused-not-in-scope = Бұл деректерді көруге рұқсатыңыз жоқ.
webapp-refused-network = Серверге қосылу мүмкін болмады. Кейінірек қайталап көріңіз.
webapp-scope-national = Бүкіл республика
webapp-choose = Өңірді немесе балабақшаны таңдаңыз
webapp-period = { $year } ж., { $quarter }-тоқсан
webapp-due = Есепті тапсырудың соңғы күні — { $date }
webapp-search = Атауы немесе тізілімдегі нөмірі
webapp-sort = Сұрыптау
webapp-sort-attention = Алдымен назар аударуды қажет ететіндері
webapp-sort-name = Атауы бойынша
webapp-sort-number = Тізілімдегі нөмірі бойынша
webapp-sort-handed-in = Тапсырылған есептер үлесі бойынша
webapp-nothing-found = Ештеңе табылмады.
webapp-more = Тағы көрсету
webapp-shown = Көрсетілгені: { $shown } / { $count }
webapp-attention-title = ⚠️ Назар аударуды қажет етеді
webapp-flag-overdue = ⏰ Есеп мерзімінде тапсырылмады
webapp-flag-no-head = 👤 Меңгеруші ботта тіркелмеген
webapp-flag-heads-unreachable = 📵 Меңгерушіге хабарлама жетпейді
webapp-flag-returned = ↩️ Қайтарылды, қайта тапсырылмады
webapp-status-not-started = Басталмаған
webapp-status-in-progress = Толтырылып жатыр
webapp-status-submitted = Тексеруде
webapp-status-returned = Пысықтауға қайтарылды
webapp-status-accepted = Қабылданды
webapp-status-overdue = Мерзімінде тапсырылмаған
webapp-status-late = Кешігіп тапсырылды
webapp-kindergartens = Балабақшалар
webapp-regions = Өңірлер
webapp-handed-in = Тапсырылды
webapp-chart-status = Есептердің күйі
webapp-chart-effect = Еңбек дағдыларының қалыптасу деңгейі жоғары балалардың үлесі, %
webapp-effect-experimental = Эксперименттік топтар
webapp-effect-control = Бақылау топтары
webapp-effect-first = 1-тоқсан
webapp-effect-now = Таңдалған тоқсан
webapp-effect-interval = Айырма және оның 95 пайыздық аралығы, пайыздық тармақ
webapp-chart-dose = Ата-аналарға апталық іс-әрекеттер
webapp-dose-sent = Жіберілді
webapp-dose-done = «Орындадық»
webapp-chart-seminars = Семинарлар, вебинарлар мен консультациялар
webapp-seminars-events = Іс-шаралар
webapp-seminars-invited = Шақырылды
webapp-seminars-coming = Қатысатынын хабарлады
webapp-seminars-attended = Қатысты
webapp-people-heads = Тіркелген меңгерушілер
webapp-people-parents = Қосылған ата-аналар
webapp-people-parents-reachable = Оның ішінде бот хабарламаларын алатындар
webapp-groups-title = Топтар мен олардың түрі
webapp-arm-experimental = Эксперименттік
webapp-arm-control = Бақылау
webapp-children = Балалар саны
webapp-arm-confirmed = Әдіскер растады
webapp-answers-title = Есептегі жауаптар
webapp-no-answers = Бұл тоқсанның есебі әлі тапсырылмаған.
webapp-reviews-title = Тексеру тарихы
webapp-no-reviews = Тексеру шешімдері әлі жоқ.
webapp-review-accepted = ✅ Қабылданды
webapp-review-returned = ↩️ Пысықтауға қайтарылды
webapp-reviewer-methodologist = әдіскер
webapp-reviewer-other = әкімші
webapp-version = Нұсқа
webapp-downloads-title = Файлдар чатқа жіберіледі
webapp-download-xlsx = 📊 Есептер кестесі (.xlsx)
webapp-download-docx = 📝 Тоқсандық ақпарат (.docx)
webapp-download-final = 📝 Қаңтар–қараша есебі (.docx)
webapp-download-ministry = 📝 Министрлікке жиынтық (.docx)
webapp-download-queued = Файл дайындалып жатыр: бот оны осы ботпен чатқа жібереді.
webapp-download-busy = Алдыңғы файл әлі дайындалып жатыр. Ол келгеннен кейін қайталаңыз.
webapp-switch-language = 🌐 Орысша
webapp-back = ← Артқа

## Approval chain (methodological centre → regional department → Institute)
approval-state-title = 🏛 Тоқсан бойынша бекіту:
approval-state-waiting-centre = әдістемелік орталықтың бекітуі күтілуде (әдіскер есептерді тексергеннен кейін).
approval-state-waiting-department = әдістемелік орталық бекітті; білім басқармасының бекітуі күтілуде.
approval-state-waiting-institute = білім басқармасы бекітті; Балаларды ерте дамыту институтының қабылдауы күтілуде.
approval-state-accepted = ✅ Балаларды ерте дамыту институты қабылдады; тоқсан көрсеткіштері бекітілді.
approval-state-due = Осы деңгейдің мерзімі — { $due }.
approval-state-due-overdue = ⏰ Осы деңгейдің мерзімі ({ $due }) өтіп кетті.
approval-state-returned = ↩️ Пысықтауға қайтарылды ({ $from ->
    [institute] Балаларды ерте дамыту институты
    *[department] білім басқармасы
}): { $comment }
approval-count-title = 🏛 Өңірлердің тоқсан бойынша бекітуі:
approval-count-line = Институт қабылдады: { $accepted } · Институтты күтуде: { $institute } · білім басқармаларын күтуде: { $department } · әдістемелік орталықтарды күтуде: { $centre }
approval-count-names-accepted = Институт қабылдаған өңірлер: { $names }
approval-count-names-institute = Институттың қабылдауын күтетін өңірлер: { $names }
approval-count-names-department = Білім басқармасының бекітуін күтетін өңірлер: { $names }
approval-count-names-returned = Пысықтауға қайтарылған өңірлер: { $names }
approval-count-overdue = Бекіту мерзімі өткен өңірлер саны: { $count }
approval-button-approve-centre = ✅ Есептерді бекіту
approval-button-approve-department = ✅ Бекітіп, жолдау
approval-button-approve-institute = ✅ Қабылдау
approval-button-return = ↩️ Пысықтауға қайтару
approval-button-unapprove = ⤺ Бекітуді қайтарып алу
approval-done-approve-centre = ✅ Өңірдің есептері бекітілді: { $region }, { $year } ж., { $quarter }-тоқсан. Білім басқармасына хабарлама барады. Бекіту қайтарылып алынбайынша не пысықтауға қайтарылмайынша, балабақшалардың осы тоқсандағы есептерін өзгертуге болмайды.
approval-done-approve-department = ✅ Бекітіліп, Балаларды ерте дамыту институтына жолданды: { $region }, { $year } ж., { $quarter }-тоқсан.
approval-done-approve-institute = ✅ Институт қабылдады: { $region }, { $year } ж., { $quarter }-тоқсан.
approval-done-return = ↩️ Пысықтауға қайтарылды: { $region }, { $year } ж., { $quarter }-тоқсан. Төменгі деңгейге түсініктемеңізбен хабарлама барады.
approval-done-unapprove = ⤺ Бекіту қайтарылып алынды: { $region }, { $year } ж., { $quarter }-тоқсан. Себебі әрекеттер журналына жазылды.
approval-refused-not-allowed = Бұл әрекет қолжетімсіз: өңірдің тоқсанын осы деңгейде тек сол деңгейдің өңірдегі өкілі бекітеді. Ештеңе өзгертілген жоқ.
approval-refused-already-approved = Тоқсан осы деңгейде немесе одан жоғары деңгейде бекітіліп қойған. Ештеңе өзгертілген жоқ.
approval-refused-below-not-approved = Алдымен тоқсанды төменгі деңгей бекітуі керек. Ештеңе өзгертілген жоқ.
approval-refused-reports-awaiting-review = Әзірге бекітуге болмайды: тексеруді күтіп тұрған есептер саны — { $count }. Оларды қабылдаңыз не қайтарыңыз (/review), содан кейін бекітіңіз. Ештеңе өзгертілген жоқ.
approval-refused-not-approved = Қайтарып алатын не қайтаратын ештеңе жоқ: тоқсан осы деңгейде бекітілмеген. Ештеңе өзгертілген жоқ.
approval-refused-above-acted = Бекітуді қайтарып алуға болмайды: жоғары деңгей шешім қабылдап қойған. Тоқсанды пысықтауға қайтаруын сұраңыз. Ештеңе өзгертілген жоқ.
approval-ask-return-comment = Не пысықтау керегін бір хабарламамен жазыңыз ({ $region }); ең көбі { $max } таңба. Түсініктемені төменгі деңгей алады. Болдырмау — /cancel.
approval-ask-unapprove-reason = Бекітуді қайтарып алу себебін бір хабарламамен жазыңыз ({ $region }); ең көбі { $max } таңба. Себебі әрекеттер журналына жазылады. Болдырмау — /cancel.
approval-comment-too-long = Мәтін ең көбі { $max } таңба болуы керек (қазір таңба саны: { $length }). Қайта жазыңыз немесе /cancel жіберіңіз.
approval-comment-cancelled = Тоқтатылды: ештеңе өзгертілген жоқ.
approval-notice-approved = 🏛 { $region }, { $year } ж., { $quarter }-тоқсан: { $level ->
    [department] тоқсанды білім басқармасы бекітіп, Институтқа жолдады. Қабылдау күтілуде — /status ашыңыз.
    [institute] тоқсанды Институт қабылдады.
    *[centre] өңірдің есептерін әдістемелік орталық бекітті. Білім басқармасының бекітуі күтілуде — /status ашыңыз.
}
approval-notice-returned = ↩️ { $region }, { $year } ж., { $quarter }-тоқсан пысықтауға қайтарылды ({ $from ->
    [institute] Балаларды ерте дамыту институты
    *[department] білім басқармасы
}). Түсініктеме: { $comment }
    Сіздің деңгейіңіздің бекітуі алынды; /status ашыңыз.{ $level ->
    [centre] {" "}Балабақшалардың есептерін қайтадан қабылдауға және пысықтауға қайтаруға болады.
    *[other] {""}
}
approval-reminder-centre = 🏛 { $region }, { $year } ж., { $quarter }-тоқсан. { $when ->
    [today] Бүгін ({ $dueDate }) — өңірдің есептерін әдістемелік орталықтың бекітуінің соңғы күні.
    [overdue] Өңірдің есептерін әдістемелік орталықтың бекіту мерзімі ({ $dueDate }) өтіп кетті, кешігу — { $days } күн.
   *[before] Өңірдің есептерін әдістемелік орталықтың бекіту мерзімі — { $dueDate }, { $days } күн қалды.
}
    Шешім күтіп тұрған есептерді тексеріп (/review), өңірдің есептерін /status арқылы бекітіңіз.
approval-reminder-department = 🏛 { $region }, { $year } ж., { $quarter }-тоқсан. { $when ->
    [today] Бүгін ({ $dueDate }) — тоқсанды білім басқармасының бекітуінің соңғы күні.
    [overdue] Тоқсанды білім басқармасының бекіту мерзімі ({ $dueDate }) өтіп кетті, кешігу — { $days } күн.
   *[before] Тоқсанды білім басқармасының бекіту мерзімі — { $dueDate }, { $days } күн қалды.
}
    Өңірдің тоқсаны әлі бекітілген жоқ. /status ашыңыз: әдістемелік орталық бекіткеннен кейін тоқсанды бекітіп, Институтқа жолдаңыз.
approval-reminder-institute = 🏛 { $year } ж., { $quarter }-тоқсан. { $when ->
    [today] Бүгін ({ $dueDate }) — өңірлерді Институттың қабылдауының соңғы күні.
    [overdue] Өңірлерді Институттың қабылдау мерзімі ({ $dueDate }) өтіп кетті, кешігу — { $days } күн.
   *[before] Өңірлерді Институттың қабылдау мерзімі — { $dueDate }, { $days } күн қалды.
}
    Білім басқармалары бекіткен, бірақ әлі қабылданбаған өңірлер ({ $count }): { $regions }. Қабылдау немесе пысықтауға қайтару үшін /status ашыңыз.
approval-escalation-centre = ⏰ { $region }, { $year } ж., { $quarter }-тоқсан: әдістемелік орталық өңірдің есептерін мерзімінде ({ $dueDate }) бекітпеді, кешігу — { $days } күн.
    Өңірдің әдіскерлерімен хабарласып, есептерді тексеруді аяқтауға көмектесуіңізді сұраймыз.
approval-escalation-department = ⏰ { $year } ж., { $quarter }-тоқсан: білім басқармалары тоқсанды мерзімінде ({ $dueDate }) бекітпеді, кешігу — { $days } күн. Өңірлер ({ $count }): { $regions }.
    Осы өңірлердің үйлестірушілерімен хабарласуыңызды сұраймыз.
report-frozen-approved = Бұл тоқсанның есебін өзгертуге болмайды: өңірдің көрсеткіштері бекітілген. Түзету керек болса, әдіскерге хабарласыңыз: бекіту қайтарылып алынуы не пысықтауға қайтарылуы мүмкін.
review-frozen-approved = Бұл тоқсанның есептері бекітілген: өңірді әдістемелік орталық немесе жоғары деңгей бекітті. Есепті қабылдау не қайтару үшін алдымен /status ішінде бекітуді қайтарып алыңыз (білім басқармасы әлі бекітпесе) немесе пысықтауға қайтарылуын күтіңіз. Ештеңе өзгертілген жоқ.
periods-approval-line = Бекіту мерзімдері: әдістемелік орталық — { $centre }, білім басқармасы — { $department }, Институт — { $institute }
periods-approval-none = белгіленбеген
periods-approval-usage = Деңгейдің бекіту мерзімі: /setapprovaldue <жыл> <тоқсан> <centre|department|institute> <күні>, мысалы: /setapprovaldue 2026 4 department 2026-11-30.
periods-approval-set = ✅ { $year } жылғы { $quarter }-тоқсанның бекіту мерзімі ({ $level ->
    [department] білім басқармасы
    [institute] Институт
    *[centre] әдістемелік орталық
}): { $due }.
periods-approval-error-arguments = төрт мән керек — жыл, тоқсан, деңгей және күні.
periods-approval-error-level = деңгей centre (әдістемелік орталық), department (білім басқармасы) немесе institute (Институт) болуы керек.
periods-approval-error-no-period = мұндай есеп беру кезеңі жоқ.
periods-approval-error-before = бекіту мерзімі есептерді тапсыру мерзімінен ({ $due }) ерте болмауы керек.

## Registry import
help-cmd-import = Ұйымдар реестрін жүктеу
registry-import-ask-file = Реестр файлын (.xlsx немесе .csv) құжат ретінде жіберіңіз. Алдымен тексеремін, реестрді өзгертпеймін. Тоқтату үшін — /cancel.
registry-import-not-document = Реестрді құжат ретінде жіберіңіз: .xlsx немесе .csv файлы. Тоқтату үшін — /cancel.
registry-import-download-failed = Файлды Telegram-нан алу мүмкін болмады. Оны қайта жіберіп көріңіз.
registry-import-stopped = Реестрді жүктеу тоқтатылды. Реестр өзгерген жоқ.
registry-import-title-dry = 🔎 Тексеру нәтижесі. Реестр әлі өзгерген жоқ.
registry-import-title-applied = ✅ Реестр жаңартылды.
registry-import-file = Файл: { $file }
registry-import-sheet = Парақ: { $sheet }
registry-import-columns = Бағандар қалай оқылды:
registry-import-column = «{ $header }» — { $field }
registry-import-column-ignored = «{ $header }» — ескерілмеді
registry-import-field-registryNo = тіркеу нөмірі
registry-import-field-region = өңір
registry-import-field-nameKk = мемлекеттік тілдегі атауы
registry-import-field-nameRu = орыс тіліндегі атауы
registry-import-field-name = тіркелген атауы
registry-import-field-legalForm = ұйымдық-құқықтық нысаны
registry-import-field-inProject = жобаға қатысуы
registry-import-field-none = ескерілмеді
registry-import-rows = Оқылған жолдар: { $n }
registry-import-kind-added = Жаңа ұйымдар
registry-import-kind-renamed = Атауының өзгеруі
registry-import-kind-named = Тіркелген атауының толықтырылуы
registry-import-kind-moved = Басқа өңірге ауысу
registry-import-kind-legal_form = Ұйымдық-құқықтық нысанының өзгеруі
registry-import-kind-left = Жобадан шығу
registry-import-kind-returned = Жобаға қайта қосылу
registry-import-count = • { $label }: { $n }
registry-import-unchanged = • Өзгеріссіз: { $n }
registry-import-pilot-kept = • Пилоттық 100 ұйымның реестрдегі жазбасы басқаша, бірақ олар өзгертілмейді: { $n }
registry-import-problems-title = Оқылмаған жолдар: { $n }
registry-import-problems-block = Файлда оқылмаған жолдар бар, сондықтан оны қолдануға болмайды. Оларды түзетіп, файлды қайта жіберіңіз.
registry-import-more = …толық тізім — файлда.
registry-import-nothing = Файлда өзгеріс жоқ: реестрде бәрі дәл осылай тұр.
registry-import-confirm-ask = Өзгерістердің толық тізімі — файлда. Қолдану үшін «Қолдану» түймесін басыңыз.
registry-import-button-apply = ✅ Қолдану
registry-import-button-cancel = ✖️ Болдырмау
registry-import-cancelled = Болдырылмады. Реестр өзгерген жоқ.
registry-import-refused-changed = Тексеруден кейін реестр немесе файл өзгерді, сондықтан ештеңе қолданылмады. Файлды қайта жіберіңіз.
registry-import-refused-decided = Бұл файл бұрын қолданылған немесе болдырылмаған.
registry-import-refused-problems = Файлда оқылмаған жолдар бар, сондықтан ештеңе қолданылмады.
registry-import-list-caption = Реестрді тексеру: { $file }
registry-import-line = { $line }-жол: { $reason }
registry-import-problem-registry_no_missing = тіркеу нөмірі жоқ
registry-import-problem-registry_no_invalid = «{ $value }» — тіркеу нөмірі емес (12 цифрға дейінгі сан керек)
registry-import-problem-registry_no_duplicate = { $value } нөмірі { $firstLine }-жолда да бар
registry-import-problem-region_missing = өңір көрсетілмеген
registry-import-problem-region_unknown = «{ $value }» деген өңір табылмады
registry-import-problem-region_outside_scope = «{ $value }» өңірі сіздің өкілеттігіңізге кірмейді
registry-import-problem-name_missing = атауы жоқ
registry-import-problem-name_too_long = атауы 300 таңбадан ұзын
registry-import-problem-in_project_unknown = жобаға қатысуы «{ $value }» деп жазылған: «иә» не «жоқ» деп жазыңыз
registry-import-file-too_big = Файл тым үлкен: ол { $maxMb } МБ-тан аспауы керек. Реестр өзгерген жоқ.
registry-import-file-not_spreadsheet = Бұл кесте емес. Реестрді .xlsx немесе .csv файлы ретінде жіберіңіз. Реестр өзгерген жоқ.
registry-import-file-old_xls = Бұл ескі .xls пішімі. Файлды Excel-де .xlsx ретінде сақтап, қайта жіберіңіз. Реестр өзгерген жоқ.
registry-import-file-empty = Файлда реестр жолдары жоқ. Реестр өзгерген жоқ.
registry-import-file-wrong_sheet = Бірде-бір парақта реестр бағандары табылмады (парақтар: { $sheets }). Бірінші жолында тақырыптары бар парақ керек: тіркеу нөмірі, өңір, атауы. Реестр өзгерген жоқ.
registry-import-file-missing_columns = Файлда керекті баған жоқ: { $columns }. Табылған тақырыптар: { $headers }. Реестр өзгерген жоқ.
registry-import-file-too_many_rows = Файлда жол тым көп: { $rows }, ал ең көбі — { $maxRows }. Реестр өзгерген жоқ.
registry-import-sheet-changes = Өзгерістер
registry-import-sheet-problems = Оқылмаған жолдар
registry-import-sheet-pilot = Пилоттық ұйымдар
registry-import-sheet-columns = Бағандар
registry-import-col-line = Жол
registry-import-col-registry-no = Тіркеу нөмірі
registry-import-col-change = Өзгеріс
registry-import-col-region-before = Өңір (бұрын)
registry-import-col-region-after = Өңір (жаңа)
registry-import-col-name-before = Атауы (бұрын)
registry-import-col-name-after = Атауы (жаңа)
registry-import-col-name-kk = Мемлекеттік тілдегі атауы
registry-import-col-name-ru = Орыс тіліндегі атауы
registry-import-col-legal-form = Ұйымдық-құқықтық нысаны
registry-import-col-in-project = Жобаға қатысады
registry-import-col-reason = Себебі
registry-import-col-header = Файлдағы тақырып
registry-import-col-field = Қалай оқылды
registry-import-yes = иә
registry-import-no = жоқ

## Invitation batches (every head's invitation at once: printable cards and a mail-merge table)
invite-batch-pdf-title = Меңгерушілерге арналған жеке шақырулар
invite-batch-pdf-empty = Бұл топтамада шақыру жоқ: барлық ұйымның меңгерушісі тіркелген.
invite-batch-card-header = Меңгерушіге арналған жеке шақыру
invite-batch-card-step-1 = 1. Телефон камерасын QR кодқа бағыттаңыз немесе сілтемені ашыңыз: Telegram-да жобаның боты ашылады.
invite-batch-card-step-2 = 2. «Растау» батырмасын басыңыз. Шақыру жеке, бір-ақ рет жарамды: оны басқа адамға бермеңіз.
invite-batch-card-until = Соңғы жарамды күні — { $until }
invite-batch-xlsx-sheet = Шақырулар
invite-batch-xlsx-col-registry-no = Тізілімдегі №
invite-batch-xlsx-col-region = Өңір
invite-batch-xlsx-col-name-kk = Мектепке дейінгі ұйымның атауы (қазақ тілінде)
invite-batch-xlsx-col-name-ru = Мектепке дейінгі ұйымның атауы (орыс тілінде)
invite-batch-xlsx-col-link = Шақыру сілтемесі
invite-batch-xlsx-col-until = Соңғы жарамды күні
invite-batch-button = ✉️ Шақырулар топтамасы
invite-batch-button-country = ✉️ Шақырулар: республика
invite-batch-button-confirm = ✅ Жасау
invite-batch-button-cancel = Бас тарту
invite-batch-ask =
    Меңгерушілерге жеке шақырулар. Аумағы: { $scope }.
    Меңгерушісі тіркелмеген жобадағы ұйымдар: { $count }. Әрқайсысына бір рет қолданылатын сілтеме жасаймын, соңғы жарамды күні — { $until }. Сосын басып шығаруға арналған PDF (әр ұйымға QR коды мен сілтемесі бар карточка) және таратуға арналған .xlsx кестесін жіберемін.
    { $replaces ->
        [0] Бұрынғы топтамалардың пайдаланылмаған сілтемелері жоқ.
       *[other] Бұрынғы топтамалардың пайдаланылмаған сілтемелері ({ $replaces }) жұмыс істемей қалады.
    }
    Меңгерушісі тіркелген ұйымдарға ештеңе өзгермейді. Жасайын ба?
invite-batch-none = Аумағы: { $scope }. Жобадағы барлық ұйымның меңгерушісі тіркелген, шақыратын ешкім жоқ.
invite-batch-cancelled = Шақырулар жасалмады, ештеңе өзгерген жоқ.
invite-batch-stale = Осы аумаққа жаңа топтама жасалып қойған. Ештеңе өзгерген жоқ; қажет болса, /status арқылы қайта сұраңыз.
invite-batch-working = Шақыруларды жасап жатырмын…
invite-batch-done =
    Дайын. Аумағы: { $scope }.
    Жасалған шақырулар: { $count }; жұмысы тоқтатылған бұрынғы сілтемелер: { $replaced }. Соңғы жарамды күні — { $until }.
    Файлдарды келесі хабарламалармен жіберемін (PDF: { $pdfs }, .xlsx: 1).
invite-batch-file-pdf = Басып шығаруға арналған шақыру карточкалары. Аумағы: { $scope }. Карточкалар: { $count } (бөлігі: { $part }/{ $parts }).
invite-batch-file-xlsx = Таратуға арналған шақыру сілтемелері. Аумағы: { $scope }. Сілтемелер: { $count }. Соңғы жарамды күні — { $until }.
invite-batch-file-too-large = Файл 50 МБ-тан үлкен, бот оны жібере алмайды: { $file }. Оны оператордан сұраңыз (invite-batch пәрмені).

## Data quality (flags beside the previous report)
quality-review-title = ⚠️ Деректерді тексеріңіз (алдыңғы есеппен салыстырғанда; ештеңе өзгертілген жоқ):
quality-children-jump = { $arm ->
    [ctl] бақылау
    *[exp] эксперименттік
} топтарындағы балалар саны { $before } болса, енді { $after } (жартысына немесе одан көп өзгерді)
quality-share-jump = { $arm ->
    [ctl] бақылау
    *[exp] эксперименттік
} топтарындағы жоғары деңгейдегі балалардың үлесі { $before } % болса, енді { $after } % (40 пайыздық тармақ немесе одан көп өзгерді)
quality-same-as-previous = барлық көрсеткіштер алдыңғы есептегімен бірдей
quality-doc-title = Тексеруді қажет ететін деректер (ұйымның алдыңғы есебімен салыстырғанда; ұйымдар саны: { $count }):
digest-weekly-quality = ⚠️ Тексеруді қажет ететін деректер (ұйымның алдыңғы есебімен салыстырғанда; ештеңе өзгертілген жоқ), ұйымдар саны: { $count }:
