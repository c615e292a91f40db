### Правила русских текстов — rules for every text in this file. kk.ftl opens with the same rules
### for Kazakh (the state language: write it first-class, not as a translation); keep the two files
### saying the same thing, key by key, with the same placeables.
###
### Terms: the ministry's, one term per concept (see shared/reviews/locales-2026-11.md):
###   пилотный проект «Ерте жастан еңбекке және кәсіпке баулу» («Приобщение к труду и профессии с
###   раннего возраста»); проект, тематика проекта (never «программа»); экспериментальная /
###   контрольная группа; заведующий, руководитель детского сада; методист; координатор; родители;
###   отчётный период (the only name of a reporting period); квартал, «{ $quarter }-й квартал»;
###   уровни: высокий / средний / низкий; лучший педагогический опыт; методический центр;
###   группа предшкольной подготовки; вернуть на доработку; кнопка; команда.
### Address: «вы», polite and plain; the bot speaks in the first person without a past tense that
###   shows gender («Я не понимаю…», not «Не понял…»). No jargon («зарегистрирую», not «привяжу»).
### Gender-neutral: no «(а)», «Согласен(на)», «Заведующая»; no past-tense verb agreeing with a
###   person ({ $editor }, the user, «методист принял»): use the present tense, a passive or a noun
###   («Теперь отчёт заполняет { $editor }», «Отчёт принят методистом», «Руководителю детского сада
###   придёт уведомление»); roles as nouns of the common form (заведующий, методист, коллега).
### Counts: a number placeable before a noun takes a plural selector —
###   { $n } { $n -> [one] ребёнок [few] ребёнка *[many] детей } (one: 1, 21; few: 2–4, 22;
###   many: 0, 5–20) — and after «до»/«не больше» the genitive: [one] знака *[many] знаков. Or put
###   the number after a label: «Вопросов с комментариями: { $count }». «фото» does not change.
### Letters: no Kazakh letters (ә ғ қ ң ө ұ ү һ і) in Russian words; the only Kazakh here is the
###   project's official title and the bilingual first prompt. Region names come from the database
###   (regions.name_ru), in one official style: «Область Улытау», «Город Астана».
### Buttons: at most 25 characters as Telegram shows them, emoji and the ✅/▫️ mark the code adds
###   included; the verb first («🗑 Убрать: …»). Name button keys *-button-* (tests/locales.spec.ts
###   measures those and every key the code puts on a button).
### Registry names ({ $organization }) are shown exactly as in the registry: they carry their own
###   «», so never wrap them in more quotes; put them after a colon («Организация: { $organization }»).
###   Names people type (groups) go in «» (группа «{ $name }»).
### New feature texts: a new «## Section» at the end of the file, keys prefixed by the feature.

## Language
language-first-prompt =
    Здравствуйте! Это бот пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу» («Приобщение к труду и профессии с раннего возраста»).
    Сәлеметсіз бе! Бұл — «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасының боты.

    Выберите язык · Тілді таңдаңыз
language-prompt = На каком языке вам удобнее? Выберите:
language-chosen = Готово: теперь я пишу вам по-русски. Сменить язык можно командой /lang.
language-name-kk = казахский
language-name-ru = русский

## Roles and scopes
role-head = Заведующий
role-parent = Родитель
role-methodologist = Методист
role-coordinator = Координатор
role-admin = Администратор проекта
role-regional_admin = Администратор региона
membership-org = { $role } — { $organization }, { $region }
membership-region = { $role } — { $region }
membership-national = { $role } — вся республика
scope-national = вся республика

## Start
start-guest =
    Это бот пилотного проекта Министерства просвещения Республики Казахстан «Ерте жастан еңбекке және кәсіпке баулу» («Приобщение к труду и профессии с раннего возраста»). Здесь детские сады получают напоминания и сдают квартальные отчёты, методисты проверяют отчёты, а родители получают еженедельные занятия, которые можно провести с ребёнком дома.

    Как подключиться:
    • если вы родитель — попросите в детском саду ссылку для родителей и откройте её или отправьте сюда код (например, ABCD-2345);
    • если вы руководитель детского сада, методист или координатор — откройте персональную ссылку-приглашение, которую вам прислали.

    Команды: /help
start-member =
    Здравствуйте! Вы зарегистрированы:
    { $roles }

    Что я умею: /help

## Joining
join-offer-parent =
    Детский сад: { $organization }
    Регион: { $region }

    Чтобы подключиться как родитель, дайте согласие на обработку персональных данных.
    Кто обрабатывает: { $operator }.
    Что сохраняется: ваше имя и имя пользователя в Telegram, принадлежность к этому детскому саду.
    Зачем: чтобы присылать еженедельные занятия и объявления пилотного проекта; больше ни для чего.
    Основание: Закон Республики Казахстан «О персональных данных и их защите».
    Отозвать согласие можно в любой момент командой /leave — данные будут удалены.
join-offer-head =
    Приглашение для руководителя детского сада:
    { $organization }
    { $region }

    Это ваша организация? Подтвердите, и я зарегистрирую вас как руководителя этой организации.
join-offer-regional-admin =
    Приглашение для администратора региона: { $region }.

    Подтвердите, и я зарегистрирую вас как администратора проекта в этом регионе: вы сможете вести организации региона, приглашения и настройки.
join-offer-methodologist =
    Приглашение для методиста региона: { $region }.

    Подтвердите, и я зарегистрирую вас как методиста этого региона.
join-offer-coordinator-region =
    Приглашение для координатора региона: { $region }.

    Подтвердите, и я зарегистрирую вас как координатора этого региона.
join-offer-coordinator-national =
    Приглашение для координатора республиканского уровня (все регионы).

    Подтвердите, и я зарегистрирую вас как координатора республиканского уровня.
join-button-consent = ✅ Даю согласие
join-button-confirm = ✅ Подтвердить
join-button-decline = Отказаться
join-problem-expired = Срок действия этого приглашения истёк. Попросите того, кто вас пригласил, прислать новое.
join-problem-used = Это приглашение уже использовано. Оно персональное и действует один раз; попросите новое.
join-problem-revoked = Это приглашение отозвано. Попросите того, кто вас пригласил, прислать новое.
join-problem-rate-limited = Слишком много неудачных попыток. Подождите 15 минут и попробуйте снова.
join-already = Вы уже зарегистрированы: { $membership }. Ничего не изменилось.
join-done =
    Готово! Вы зарегистрированы: { $membership }.

    Что я умею: /help
join-declined = Хорошо, ничего не сохранено.
join-code-prompt = Отправьте код детского сада — 8 букв и цифр, например: /join ABCD-2345
ux-not-joined-yet =
    Вы ещё не подключились к боту, поэтому эта команда пока недоступна.
    • Заведующим, методистам и координаторам — откройте персональную ссылку-приглашение, которую вам прислали.
    • Родителям — отправьте сюда код детского сада (например, ABCD-2345).
ux-join-code-shape = Это не похоже на код детского сада. Код состоит из 8 латинских букв и цифр, например: ABCD-2345. Отправьте его так: /join ABCD-2345

## Help and commands
help-title = Доступные вам команды:
help-cmd-start = Начало работы
help-cmd-help = Список команд
help-cmd-me = Мои данные: роль, организация, язык
help-cmd-lang = Сменить язык
help-cmd-join = Подключиться по коду детского сада
help-cmd-invite = Пригласить участника
help-cmd-parentlink = Ссылка и QR-код для родителей
help-cmd-leave = Выйти из проекта и удалить мои данные
help-cmd-cancel = Прервать текущее действие

## Me
me-guest =
    Вы пока не зарегистрированы в проекте.
    Язык: { $language }

    Как подключиться: /start
me-member =
    Ваши роли:
    { $roles }

    Язык: { $language }

## Leave
leave-nothing = Вы не зарегистрированы ни в одной организации — удалять нечего.
leave-confirm =
    Вы выйдете из проекта:
    { $roles }

    Ваши данные (имя, язык, согласие) будут удалены. Продолжить?
leave-button-yes = Да, выйти и удалить
leave-button-no = Нет, остаться
leave-done = Вы вышли из проекта, ваши данные удалены. Чтобы вернуться, понадобится новое приглашение или код детского сада.
leave-cancelled = Хорошо, всё остаётся как было.

## Invitations
invite-choose-role = Кого вы хотите пригласить?
invite-choose-region = { $role }: выберите регион.
invite-national-button = Вся республика
invite-choose-organization = { $region }: выберите организацию.
invite-no-organizations = В этом регионе пока нет организаций.
invite-created =
    Приглашение создано.
    Роль: { $role }
    Регион / организация: { $scope }
    Действует до { $until } включительно; ссылка одноразовая.

    Перешлите эту ссылку человеку, которого приглашаете:
    { $link }

## Parent link
parentlink-text =
    Ссылка для родителей — { $organization }:
    { $link }

    Или код для ввода в боте: { $code }

    Ссылка многоразовая: раздайте её родителям или распечатайте QR-код ниже.
parentlink-qr-caption = { $organization }: наведите камеру телефона, чтобы подключиться к боту. Код: { $code }
parentlink-button-rotate = 🔄 Выпустить новую ссылку
parentlink-rotate-confirm = Старая ссылка, код и QR-код перестанут работать; уже подключённые родители останутся. Выпустить новую ссылку?
parentlink-button-rotate-yes = Да, выпустить новую
parentlink-button-rotate-no = Нет
parentlink-rotated = Готово: старая ссылка и код больше не действуют.
parentlink-rotate-cancelled = Хорошо, ссылка осталась прежней.
parentlink-choose-organization = Выберите организацию:
parentlink-admin-hint = Ссылку для родителей любой организации можно получить через /invite → «Родитель».

## Common
common-unknown-command = Такой команды нет. Список доступных команд: /help
common-not-understood = Я не понимаю это сообщение. Доступные команды: /help
fallback-parent-not-forwarded =
    Этот бот не передаёт сообщения в детский сад: то, что вы здесь пишете, воспитатели и заведующий не увидят. Если нужно что-то сообщить о ребёнке (заболел, не придёт и т. п.), позвоните или напишите воспитателю или в детский сад напрямую.
    Что делает бот: каждую неделю присылает занятие, которое можно сделать с ребёнком всей семьёй (/tip); день и время вы выбираете сами (/tips); здесь же можно указать группу ребёнка (/child). Все команды: /help
common-stale-button = Эта кнопка устарела. Отправьте нужную команду ещё раз (список: /help).
common-not-allowed = Извините, это действие недоступно для вашей роли.
common-error = Что-то пошло не так. Попробуйте ещё раз чуть позже.
ux-list-page = Страница { $page } из { $pages } (всего: { $count })

## Reminders
reminder-button-open-report = 📝 Открыть отчёт
reminder-report-opened =
    Открыт приём отчётов за { $quarter }-й квартал { $year } года.
    Организация: { $organization }
    Последний день сдачи отчёта — { $dueDate }. Чтобы начать заполнение, нажмите кнопку ниже.
reminder-report-due-week =
    Напоминание: до срока сдачи отчёта за { $quarter }-й квартал { $year } года осталась неделя (срок — { $dueDate }).
    { $organization }: отчёт ещё не сдан.
reminder-report-due-tomorrow =
    Напоминание: завтра ({ $dueDate }) — последний день сдачи отчёта за { $quarter }-й квартал { $year } года.
    { $organization }: отчёт ещё не сдан.
reminder-report-due-today =
    Сегодня ({ $dueDate }) — последний день сдачи отчёта за { $quarter }-й квартал { $year } года.
    { $organization }: отчёт ещё не сдан. Успейте сдать его до конца дня.
reminder-report-overdue =
    { $organization }: срок сдачи отчёта за { $quarter }-й квартал { $year } года ({ $dueDate }) истёк, отчёт ещё не сдан. Просрочка — { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }.
    Пожалуйста, сдайте отчёт как можно скорее.
reminder-report-overdue-methodologists =
    { $region }: детские сады, не сдавшие в срок ({ $dueDate }) отчёт за { $quarter }-й квартал { $year } года ({ $count }):
    { $organizations }
    Просим связаться с заведующими и помочь им сдать отчёт.
ux-reminder-overdue-list-continued =
    { $region }: продолжение списка детских садов, не сдавших отчёт за { $quarter }-й квартал { $year } года (часть { $part } из { $parts }):
    { $organizations }

## Report
help-cmd-report = Квартальный отчёт
report-no-period = Сейчас нет открытого отчётного периода. Когда он откроется, я напомню.
report-already-accepted = Отчёт за этот период уже принят методистом — изменить его нельзя.
report-deadline-passed = Срок сдачи прошёл, а отчёт уже отправлен: изменить его можно, только если методист вернёт его на доработку.
report-busy = Этот отчёт сейчас заполняет { $editor }. Чтобы не стереть ответы друг друга, договоритесь между собой. Если коллега больше не заполняет отчёт, нажмите кнопку ниже и продолжите сами.
report-someone = коллега
report-button-take-over = Продолжить вместо коллеги
report-taken-over = Теперь отчёт заполняет { $editor }. Ваши ответы сохранены. Вернуться: /report
report-choose-organization = Отчёт какой организации вы заполняете?
report-resumed = Продолжаем с того места, где вы остановились. Все прежние ответы сохранены.
report-paused = Заполнение прервано, ответы сохранены. Продолжить: /report
report-question-position = Вопрос { $position } из { $total }
report-optional-mark = (необязательно)
report-current-answer = Сейчас указано: { $value }
report-returned-comment = 💬 Комментарий методиста: { $comment }
report-hint-integer = Введите целое число от { $min } до { $max }.
report-hint-text =
    Напишите ответ текстом (до { $max } { $max ->
        [one] знака
       *[many] знаков
    }).
report-hint-multi = Отметьте все подходящие варианты и нажмите «Готово».
report-hint-photos = Пришлите до { $max } фото по одному, затем нажмите «Готово с фото». Прервать: /cancel
report-hint-choice = Выберите вариант кнопкой.
report-button-done = ✅ Готово
report-button-photos-done = ✅ Готово с фото
report-button-skip = Пропустить
report-button-submit = 📨 Отправить отчёт
report-button-resubmit = 📨 Отправить исправленный
report-photo-added = Добавлено фото: { $count } из { $max }. Пришлите ещё или нажмите «Готово с фото».
report-value-unanswered = нет ответа
report-value-skipped = —
report-value-yes = Да
report-value-no = Нет
report-value-photos = { $count } фото
report-summary-title = Отчёт: { $organization }, { $year } год, { $quarter }-й квартал
report-summary-footer = Проверьте ответы. Чтобы изменить ответ, нажмите ✏️ с его номером; если всё верно — отправьте отчёт.
report-summary-use-buttons = Сейчас показана сводка. Чтобы изменить ответ, нажмите ✏️ с его номером или отправьте отчёт кнопкой.
report-missing-before-submit = Чтобы отправить отчёт, не хватает ответов: { $count }. Продолжим с первого из них.
report-submitted = Отчёт отправлен (версия { $version }). Спасибо! До проверки методистом и до срока сдачи его можно изменить: /report
report-submitted-late = Отчёт отправлен после срока и отмечен как сданный с опозданием (версия { $version }). Спасибо! Методист его проверит.
report-error-expected-number = Нужно число — напишите его цифрами.
report-error-not-a-number = Это не целое число. Напишите число цифрами, от { $min } до { $max }, например: 12
report-error-out-of-range = Число должно быть от { $min } до { $max }.
report-error-expected-text = Нужен ответ текстом.
report-error-too-long =
    Ответ слишком длинный: можно не больше { $max } { $max ->
        [one] знака
       *[many] знаков
    }, а сейчас — { $length }. Сократите, пожалуйста.
report-error-use-buttons = Выберите ответ кнопкой под вопросом.
report-error-expected-photo = Здесь нужны фотографии (как фото, не файлом), не больше { $max }. Или нажмите «Готово с фото».
report-error-required = Этот вопрос обязательный — без ответа отчёт не отправить.
report-error-choose-at-least =
    Отметьте хотя бы { $min } { $min ->
        [one] вариант
        [few] варианта
       *[many] вариантов
    }.
report-error-too-many-photos = Уже добавлено { $max } фото — это максимум.
report-error-unsupported-message = Такое сообщение не подходит как ответ на этот вопрос.
ux-report-answer-late = Это сообщение пришло раньше, чем вопрос, на который сейчас нужно ответить, поэтому оно не учтено. Ответьте, пожалуйста, на последний вопрос.
ux-report-question-follow-up = Вопрос { $position } из { $total } — уточнение
ux-report-intro = Отчёт за { $quarter }-й квартал { $year } года. Срок сдачи — { $dueDate } включительно.
ux-report-intro-late =
    Отчёт за { $quarter }-й квартал { $year } года. Срок сдачи ({ $dueDate }) уже прошёл: отчёт будет отмечен как сданный с опозданием.
    После отправки изменить его будет нельзя — проверьте ответы перед отправкой.
ux-report-confirm-late = Срок сдачи отчёта за { $quarter }-й квартал { $year } года ({ $dueDate }) прошёл. Отчёт будет отмечен как поздний, и после отправки изменить его будет нельзя. Отправить?
ux-report-button-send-late = 📨 Да, отправить

## Report form v1
form-v1-title = Квартальный отчёт об участии в пилотном проекте
form-v1-directions = Направления работы, выбранные в этом квартале (сферы профессий)
form-v1-direction-agriculture = Сельское хозяйство
form-v1-direction-construction = Строительство
form-v1-direction-medicine = Медицина и здоровье
form-v1-direction-transport = Транспорт
form-v1-direction-industry = Промышленность
form-v1-direction-trade-services = Торговля и сфера услуг
form-v1-direction-education = Образование
form-v1-direction-culture-arts = Культура и искусство
form-v1-direction-digital = Цифровые технологии
form-v1-direction-household = Быт и самообслуживание
form-v1-activities = Сколько занятий на тему труда и профессий проведено с экспериментальными группами за квартал?
form-v1-activities-help = Учитывайте организованную учебную деятельность, игры-занятия и проекты на тему труда и профессий.
form-v1-meetings = Сколько всего проведено встреч с людьми разных профессий и экскурсий (одним числом)?
form-v1-parents = Сколько родителей участвовало в совместных мероприятиях?
form-v1-zones = Сколько новых зон или уголков предметно-развивающей среды создано за квартал?
form-v1-zones-help = Например: уголок «Юный строитель», мини-огород, игровой уголок «Поликлиника».
form-v1-zones-description = Кратко опишите новые зоны и уголки
form-v1-exp-high = Экспериментальные группы: сколько детей на высоком уровне по итогам наблюдения за навыками?
form-v1-exp-middle = Экспериментальные группы: сколько детей на среднем уровне?
form-v1-exp-low = Экспериментальные группы: сколько детей на низком уровне?
form-v1-ctl-high = Контрольные группы: сколько детей на высоком уровне по итогам наблюдения за навыками?
form-v1-ctl-middle = Контрольные группы: сколько детей на среднем уровне?
form-v1-ctl-low = Контрольные группы: сколько детей на низком уровне?
form-v1-rule-exp-sum = Всего детей в экспериментальных группах: { $expected }, а сумма по трём уровням — { $actual }. Введите три числа заново, начиная с высокого уровня.
form-v1-rule-ctl-sum = Всего детей в контрольных группах: { $expected }, а сумма по трём уровням — { $actual }. Введите три числа заново, начиная с высокого уровня.
form-v1-best-practice = Лучший педагогический опыт квартала: что получилось особенно хорошо?
form-v1-best-practice-help = Опишите занятие, проект или находку, которой стоит поделиться с другими детскими садами.
form-v1-best-practice-photos = Фотографии лучшего педагогического опыта
form-v1-difficulties = Трудности и риски, с которыми вы столкнулись
form-v1-help-topics = В чём нужна помощь методического центра?
form-v1-help-topic-environment = Развивающая среда
form-v1-help-topic-methods = Методика занятий
form-v1-help-topic-parents = Работа с родителями
form-v1-help-topic-monitoring = Оценка навыков
form-v1-help-topic-materials = Пособия и материалы
form-v1-help-text = Опишите, какая помощь нужна

## Groups
help-cmd-groups = Группы: экспериментальные и контрольные
groups-choose = Группы какого детского сада открыть? Выберите детский сад или регион.
groups-choose-organization = { $region }: выберите детский сад.
groups-title = { $organization } — группы, участвующие в проекте:
groups-empty = Пока не добавлено ни одной группы.
groups-line =
    { $index }. «{ $name }» · { $age } · { $children } { $children ->
        [one] ребёнок
        [few] ребёнка
       *[many] детей
    } · { $arm ->
        [experimental] Экспериментальная группа
       *[control] Контрольная группа
    } ({ $status })
groups-arm-confirmed = подтверждено методистом
groups-arm-unconfirmed = ещё не подтверждено методистом
groups-totals = Всего детей: в экспериментальных группах — { $experimental }, в контрольных — { $control }.
groups-head-hint-empty = Добавьте группы, участвующие в проекте: они нужны для квартального отчёта и еженедельных занятий для родителей.
groups-methodologist-hint = Подтвердите или измените для каждой группы, экспериментальная она или контрольная (● — текущая отметка).
groups-button-add = ➕ Добавить группу
groups-button-archive = 🗑 { $index }. { $name }
groups-button-back = ◀ Список детских садов
groups-arm-experimental = Экспериментальная группа
groups-arm-control = Контрольная группа
groups-arm-short-experimental = экспериментальная
groups-arm-short-control = контрольная
groups-age-early = Группа раннего возраста (1–2 года)
groups-age-junior = Младшая группа (2–3 года)
groups-age-middle = Средняя группа (3–4 года)
groups-age-senior = Старшая группа (4–5 лет)
groups-age-preschool = Группа предшкольной подготовки (5–6 лет)
# The same age bands, short enough for the buttons of /groups → "add a group".
groups-age-button-early = Ранний возраст (1–2 года)
groups-age-button-junior = Младшая группа (2–3 года)
groups-age-button-middle = Средняя группа (3–4 года)
groups-age-button-senior = Старшая группа (4–5 лет)
groups-age-button-preschool = Предшкольная (5–6 лет)
groups-ask-name =
    Добавляем новую группу — { $organization }.
    Напишите название группы (не больше { $max } { $max ->
        [one] символа
       *[many] символов
    }), например: Солнышко.
    Чтобы прервать: /cancel
groups-ask-age = Для какого возраста группа «{ $name }»?
groups-ask-children = Сколько детей в группе? Напишите целое число от { $min } до { $max }.
groups-ask-arm =
    Какой будет эта группа в сравнительном мониторинге?
    Экспериментальная группа занимается по пилотному проекту, а контрольная — как обычно, без занятий проекта: так можно сравнить результаты.
groups-added = ✅ Группа «{ $name }» добавлена. Экспериментальная она или контрольная, подтвердит методист региона.
groups-name-not-text = Напишите название группы текстом.
groups-name-too-long =
    Название слишком длинное: { $length } { $length ->
        [one] символ
        [few] символа
       *[many] символов
    }, а можно не больше { $max }. Сократите его.
groups-name-taken = В этом детском саду уже есть группа «{ $name }». Напишите другое название.
groups-children-not-number = Напишите число детей цифрами, целым числом, например: 20.
groups-children-out-of-range = Число детей должно быть от { $min } до { $max }.
groups-use-buttons = Выберите ответ кнопками под вопросом.
groups-archive-confirm = Убрать группу «{ $name }» из проекта? Данные в уже сданных отчётах сохранятся.
groups-archive-yes = Да, убрать
groups-archive-no = Нет, оставить
groups-archived = Группа «{ $name }» убрана из проекта.
groups-arm-confirmed-alert =
    «{ $name }»: { $arm ->
        [experimental] экспериментальная
       *[control] контрольная
    } группа — подтверждена.
groups-arm-changed-alert = «{ $name }» теперь { $arm ->
        [experimental] экспериментальная
       *[control] контрольная
    } группа.
ux-group-name-needs-letter = В названии группы должна быть хотя бы одна буква, например: Солнышко. Напишите название ещё раз.
ux-groups-arm-change-confirm =
    Перевести группу «{ $name }» из { $before ->
        [experimental] экспериментальных
       *[control] контрольных
    } в { $after ->
        [experimental] экспериментальные
       *[control] контрольные
    }? Это меняет сравнение экспериментальных и контрольных групп; руководителю детского сада придёт уведомление.
ux-groups-arm-change-yes = Да, перевести
ux-groups-arm-changed-notice =
    { $organization }: по решению методиста группа «{ $name }» переведена из { $before ->
        [experimental] экспериментальных
       *[control] контрольных
    } в { $after ->
        [experimental] экспериментальные
       *[control] контрольные
    }. Учитывайте это в отчёте: уровни навыков указываются отдельно по каждому виду групп. Список групп: /groups

## Periods
help-cmd-periods = Отчётные периоды
periods-title = Отчётные периоды (даты по времени Казахстана):
periods-line = { $year } год, { $quarter }-й квартал: { $opens } – { $due }
periods-line-open = { $year } год, { $quarter }-й квартал: { $opens } – { $due } (сейчас открыт)
periods-empty = Пока не задано ни одного периода.
periods-usage = Чтобы задать или изменить период: /setperiod <год> <квартал> <дата открытия> <срок сдачи>, например: /setperiod 2027 1 2027-03-15 2027-04-05 (даты в формате ГГГГ-ММ-ДД).
periods-invalid = Команда написана неверно: { $reason }
periods-error-arguments = нужны четыре значения — год, квартал, дата открытия и срок сдачи.
periods-error-year = год должен быть числом от 2020 до 2100.
periods-error-quarter = квартал должен быть 1, 2, 3 или 4.
periods-error-date = «{ $value }» — такой даты нет или формат неверный (нужно ГГГГ-ММ-ДД).
periods-error-order = дата открытия не может быть позже срока сдачи.
periods-created = ✅ Период { $quarter }-го квартала { $year } года добавлен: { $opens } – { $due }.
periods-updated = ✅ Даты периода { $quarter }-го квартала { $year } года изменены: { $opens } – { $due }.

## Conversations
conversation-cancelled = Прервано. Чтобы начать снова, отправьте нужную команду (список: /help).
conversation-busy = Сначала закончите начатое: ответьте на вопрос выше или отправьте /cancel, чтобы прервать.
conversation-stale-button = Эта кнопка из старого сообщения. Ответьте на последний вопрос.
ux-cancel-nothing = Сейчас нечего прерывать: вы ничего не заполняете. Список команд: /help

## Review
help-cmd-review = Проверка отчётов детских садов
review-nothing = Отчётов, ожидающих проверки, нет.
review-list-title = Ожидают проверки: { $count }. Выберите отчёт (⏰ — сдан после срока):
review-already-decided = По этому отчёту решение уже принято, или его изменили. Откройте список заново: /review
review-report-header =
    { $organization }
    { $region }
    { $year } год, { $quarter }-й квартал · версия { $version } · отправлен { $submitted }
review-late-mark = ⏰ Сдан после срока.
review-decide = Принять отчёт или вернуть его на доработку с комментариями?
review-button-accept = ✅ Принять
review-button-return = ↩️ Вернуть на доработку
review-accepted = Отчёт принят: { $organization }. Руководителю детского сада придёт уведомление.
review-return-choose-fields =
    Возврат отчёта: { $organization }.
    Отметьте номера вопросов, которые нужно исправить, и нажмите «Далее». Прервать: /cancel
review-return-button-next = Далее ➡️
review-return-choose-one = Отметьте хотя бы один вопрос.
review-return-use-buttons = Отметьте вопросы кнопками под списком.
review-return-ask-comment =
    Комментарий к вопросу «{ $field }» — что исправить? (до { $max } { $max ->
        [one] знака
       *[many] знаков
    })
review-return-comment-not-text = Напишите комментарий текстом.
review-return-comment-too-long =
    Комментарий слишком длинный: можно не больше { $max } { $max ->
        [one] знака
       *[many] знаков
    }, а сейчас — { $length }.
review-returned = Отчёт возвращён на доработку: { $organization }. Вопросов с комментариями: { $count }. Руководителю детского сада придёт уведомление.
review-notice-accepted = ✅ Отчёт за { $quarter }-й квартал { $year } года принят методистом: { $organization }. Спасибо!
review-notice-returned = ↩️ Отчёт за { $quarter }-й квартал { $year } года возвращён методистом на доработку: { $organization }. Вопросов с комментариями: { $count }. Откройте отчёт — я покажу только эти вопросы.
report-button-open-report = 📝 Открыть отчёт
ux-review-changes-title = Что изменено в версии { $to } по сравнению с возвращённой версией { $from }:
ux-review-changes-none = Ответы не изменились.
ux-review-change = было: { $before }
    стало: { $after }
ux-review-change-unchanged = Ответ не изменён.

## Weekly activities (tips)
help-cmd-tip = Занятие этой недели для семьи
help-cmd-tips = Еженедельные занятия: настройки, показатели
help-cmd-child = В какой группе мой ребёнок
tips-weekly =
    🏠 Занятие недели для всей семьи: { $title }
    ⏱ { $minutes } { $minutes ->
        [one] минута
        [few] минуты
       *[many] минут
    }

    { $activity }

    💬 Слова для разговора с ребёнком: { $words }{ $hasSafety ->
        [1] {"\u000A"}{"\u000A"}⚠️ Безопасность: { $safety }
       *[0] {""}
    }{ $hasYoungest ->
        [1] {"\u000A"}{"\u000A"}👶 Для самых маленьких: { $youngest }
       *[0] {""}
    }

    Отметьте одной из кнопок ниже, как всё прошло.
tips-button-done = ✅ Сделали
tips-button-too-hard = 😓 Слишком сложно
tips-button-not-for-us = 🙅 Не для нас
tips-follow-up = { $variant ->
        [1] 👋 Как прошло занятие недели «{ $title }»? Если ещё не успели — не страшно: на него хватит 10–15 минут, можно и сегодня вечером. Отметьте, как получилось:
        [2] 💡 Занятие недели «{ $title }» можно сделать и по-другому: поменяйтесь ролями — пусть ребёнок объясняет, а вы повторяете за ним. Отметьте, как получилось:
       *[0] 🌱 Напоминаем о занятии этой недели: «{ $title }». Даже десять минут вместе — это уже много. Когда сделаете, отметьте, как получилось:
    }
tips-not-parent = Еженедельные занятия — для родителей. Чтобы подключиться к детскому саду как родитель, отправьте код, который дал детский сад.
tips-none-no-child = Занятия подбираются по группе ребёнка. Сначала укажите, в какую группу ходит ваш ребёнок.
tips-none-yet = Вы ещё не получали занятий. Первое придёт в выбранный день: { $day }, в { $time } (время Астаны).
tips-weekday-1 = понедельник
tips-weekday-2 = вторник
tips-weekday-3 = среда
tips-weekday-4 = четверг
tips-weekday-5 = пятница
tips-weekday-6 = суббота
tips-weekday-7 = воскресенье
tips-settings-on = Еженедельные занятия включены. День: { $day }, время: { $time } (время Астаны).
tips-settings-off = Еженедельные занятия приостановлены. Чтобы включить снова, нажмите кнопку ниже или отправьте /tips on.
tips-button-pause = ⏸ Приостановить
tips-button-resume = ▶️ Включить снова
tips-button-day = 📅 Изменить день
tips-button-hour = 🕙 Изменить время
tips-choose-day = В какой день недели присылать занятие?
tips-choose-hour = В котором часу присылать занятие? (время Астаны)
tips-head-title = { $organization }: еженедельные занятия для родителей
tips-head-no-groups = Группы, участвующие в проекте, ещё не внесены (/groups).
tips-head-group = • { $group } ({ $arm }): родителей — { $parents }, отправлено — { $sent }, сделали — { $done }, слишком сложно — { $tooHard }, не для нас — { $notForUs }
tips-region-lifted = { $region }: занятия получают и родители детей из контрольных групп (ограничение снято).
tips-region-restricted = { $region }: занятия получают только родители детей из экспериментальных групп. Чтобы результаты можно было корректно сравнить, родители детей из контрольных групп не получают их до конца проекта. Снимайте ограничение только после завершения проекта.
tips-region-activities = Занятия в регионе ({ $count }): получили / сделали / слишком сложно / не для нас
tips-region-activity = • { $flag }{ $title }: { $sent } / { $done } / { $tooHard } / { $notForUs }
tips-region-revision-legend = ⚠️ — не меньше трети ответов «слишком сложно» или «не для нас»: такие занятия ({ $count }) стоит пересмотреть.
tips-region-drop-off = Сколько родителей отвечают, по неделям с первого занятия:
tips-region-drop-off-week = { $week }-я неделя: { $share } % (ответили: { $answered } из { $sent })
tips-button-lift = Открыть и контрольным
tips-button-restrict = Вернуть ограничение
tips-lift-done = Готово: со следующей недели занятия получают и родители детей из контрольных групп.
tips-restrict-done = Готово: занятия снова получают только родители детей из экспериментальных групп.
tips-lift-confirm =
    Регион: { $region }. Снять ограничение для контрольных групп?
    Со следующей недели занятия начнут получать родители детей из всех контрольных групп региона. Сравнительный мониторинг потеряет контрольные группы этого региона, и вернуть их будет нельзя.
tips-lift-confirm-override =
    ⚠️ Досрочно: проект ещё не завершён (дата окончания: { $date }).
    Регион: { $region }. Снять ограничение для контрольных групп?
    Со следующей недели занятия начнут получать родители детей из всех контрольных групп региона. Сравнительный мониторинг потеряет контрольные группы этого региона, и вернуть их будет нельзя. Решение будет записано в журнал действий.
tips-lift-refused = Регион: { $region }. До окончания проекта ({ $date }) ограничение снять нельзя: иначе результаты будет не с чем сравнить.
tips-lift-refused-no-end = Регион: { $region }. Дата окончания проекта ещё не определена (не задан последний отчётный период), поэтому снять ограничение пока нельзя.
tips-lift-override-offer = Как национальный администратор вы можете снять его досрочно; это будет записано в журнал действий.
tips-lift-no-end-date = не определена
tips-button-lift-confirm = Да, снять ограничение
tips-button-lift-override = Снять досрочно
tips-button-lift-override-confirm = Да, снять досрочно
tips-button-lift-cancel = Отмена
tips-lift-cancelled = Ограничение не снято.
tips-lift-stale = Эта кнопка устарела: настройка региона уже изменилась. Откройте /tips ещё раз.
tips-feedback-thanks = Спасибо, ответ сохранён.
tips-feedback-week-over = Неделя этого занятия уже прошла: ответить или изменить ответ нельзя.
tips-ask-comment = Отлично! Если хотите, пришлите фото или напишите в двух словах, что сказал ребёнок. Это необязательно.
tips-comment-saved = Спасибо! Для детского сада это очень ценно.
tips-ask-child =
    Родителям детей из экспериментальных групп проекта я каждую неделю присылаю короткое занятие о труде и профессиях, которое можно сделать всей семьёй.
    Чтобы получать его, укажите, в какую группу ходит ваш ребёнок.
child-overview-title = Группы ваших детей
child-none = Группа пока не указана.
child-button-remove = ✖ { $group }
child-button-add = ➕ Указать группу
child-button-add-in = ➕ Группа: детский сад { $index }
child-no-groups = { $organization }: группы, участвующие в проекте, ещё не внесены. Когда детский сад их внесёт, я спрошу снова.
child-ask-group = { $organization }: в какую группу ходит ваш ребёнок? Если у вас несколько детей, укажите группу каждого (/child).
child-not-parent = Эта команда — для родителей.
child-saved-experimental = Сохранено: { $group }. Каждую неделю я буду присылать занятие для всей семьи (по умолчанию — в субботу в 10:00; изменить: /tips).
child-saved-control = Сохранено: { $group }. Эта группа — контрольная в сравнительном мониторинге, поэтому во время проекта еженедельные занятия не присылаются. После окончания проекта занятия могут начать приходить и вам.
child-removed = Удалено.
help-cmd-activities = Библиотека еженедельных занятий
activities-list = Еженедельные занятия: всего { $total } (страница { $page } из { $pages }). Выберите, чтобы посмотреть, изменить или убрать. ⏹ — убранные.
activities-button-new = ➕ Новое занятие
activities-preview-kk = 👁 Так родитель получит его на казахском:
activities-preview-ru = 👁 Так родитель получит его на русском:
activities-button-edit-kk = ✏️ Казахский текст
activities-button-edit-ru = ✏️ Русский текст
activities-button-retire = ⏹ Убрать
activities-button-restore = ▶️ Вернуть
activities-card-active = Это занятие рассылается родителям по очереди.
activities-card-retired = Это занятие убрано: никому не отправляется.
activities-retired = Убрано: больше никому не отправляется.
activities-restored = Возвращено: снова рассылается по очереди.
activities-ask-direction = К какому направлению относится новое занятие?
activities-language-kk = казахский
activities-language-ru = русский
activities-ask-text =
    Пришлите { $language } текст занятия одним сообщением. Разделите части строкой из трёх дефисов (---):
    название
    ---
    что делать (10–15 минут, с тем, что есть дома)
    ---
    слова для разговора с ребёнком, через запятую (3–6 слов)
    ---
    предупреждение о безопасности (если нет: -)
    ---
    вариант для самых маленьких (если нет: -)
activities-text-invalid = Не удалось разобрать текст. Нужны хотя бы три части (название, занятие, слова), разделённые строкой «---». Описание занятия — от 200 до 1800 знаков, слов — от 3 до 6. Пришлите ещё раз.
activities-confirm = Проверьте оба варианта выше. Сохранить?
activities-button-save = 💾 Сохранить
activities-button-discard = Отменить
activities-saved = Сохранено. Изменения вступят в силу при следующем еженедельном планировании.
activities-discarded = Изменения не сохранены.
activities-problem-incomplete = Новое занятие нужно на обоих языках: пришлите текст на втором языке.
activities-problem-mismatched_parts = Примечание о безопасности и вариант для самых маленьких должны быть на обоих языках: если они есть в одном тексте, добавьте их и в другой.
## Pictures and files
help-cmd-export = Выгрузка отчётов в Excel
help-cmd-analytics = Проект аналитического отчёта (Word)
chart-status-not-started = Не начат
chart-status-in-progress = Заполняется
chart-status-submitted = Сдан
chart-status-returned = На доработке
chart-status-accepted = Принят
chart-status-overdue = Не сдан в срок
chart-status-title = Статус отчётов: { $scope }, { $quarter }-й квартал { $year } года
chart-status-group = Реестр № { $from }–{ $to }
chart-skills-title = Уровень сформированности трудовых навыков детей — { $scope }
chart-skills-experimental = Экспериментальные группы
chart-skills-control = Контрольные группы
chart-skills-quarter = { $quarter }-й квартал
chart-skills-children = детей: { $count }
chart-skills-high = Высокий уровень
chart-skills-middle = Средний уровень
chart-skills-low = Низкий уровень
chart-scope-national = Республика Казахстан
export-choose-period = Выгрузка в Excel: { $scope }. За какой отчётный период?
export-no-periods = Отчётные периоды ещё не открывались — выгружать пока нечего.
export-caption = { $scope }: отчёты за { $quarter }-й квартал { $year } года. Организаций в файле: { $count }.
export-sheet-reports = Отчёты
export-sheet-reviews = История проверки
export-sheet-groups = Группы
export-col-region = Регион
export-col-registry-no = № в реестре
export-col-organization = Наименование организации
export-col-status = Статус отчёта
export-col-submitted-at = Сдан (дата и время)
export-col-late = С опозданием
export-col-versions = Количество версий
export-col-quality = Проверка данных
export-col-version = Версия
export-col-decided-at = Дата решения
export-col-decision = Решение
export-col-reviewer = Кем принято решение (роль)
export-col-comment = Комментарии
export-col-group = Группа
export-col-age-band = Возрастная группа
export-col-children = Количество детей
export-col-arm = Тип группы
export-col-confirmed = Подтверждено методистом
export-yes = Да
export-no = Нет
export-decision-accepted = Принят
export-decision-returned = Возвращён на доработку
export-reviewer-methodologist = Методист
export-reviewer-other = Администратор или бывший методист
export-field-directions = Направления работы
export-field-activities = Занятия в экспериментальных группах
export-field-meetings = Встречи с представителями профессий и экскурсии
export-field-parents = Родители — участники совместных мероприятий
export-field-zones = Новые зоны и уголки предметно-развивающей среды
export-field-zones_description = Описание зон и уголков
export-field-exp_high = Экспериментальные: высокий уровень
export-field-exp_middle = Экспериментальные: средний уровень
export-field-exp_low = Экспериментальные: низкий уровень
export-field-ctl_high = Контрольные: высокий уровень
export-field-ctl_middle = Контрольные: средний уровень
export-field-ctl_low = Контрольные: низкий уровень
export-field-best_practice = Лучший педагогический опыт
export-field-best_practice_photos = Количество фотографий
export-field-difficulties = Трудности и риски
export-field-help_topics = Нужна помощь (темы)
export-field-help_text = Нужна помощь (описание)
analytics-choose-period = Проект аналитического отчёта. За какой отчётный период?
analytics-choose-region = По какому региону подготовить проект? «Вся республика» — сводный отчёт по всем регионам.
analytics-button-national = 🇰🇿 Вся республика
analytics-caption = Проект аналитического отчёта: { $scope }, { $quarter }-й квартал { $year } года. Проверьте цифры, допишите выводы и при необходимости поправьте текст.
analytics-caption-quarterly = Проект информации о ходе реализации проекта: { $scope }, { $quarter }-й квартал { $year } года. Проверьте цифры, допишите выводы, впишите наименование управления, дату и номер приказа.
analytics-caption-final = Проект регионального аналитического отчёта за январь–ноябрь { $year } года: { $scope }. Проверьте цифры, допишите выводы, впишите наименование управления, дату и номер приказа.
analytics-caption-ministry = Проект сводной информации для министерства за { $quarter }-й квартал { $year } года: только регионы, информация которых принята Институтом.
analytics-button-final = 📘 Отчёт январь–ноябрь
analytics-button-ministry = 🏛 Сводка министерству
analytics-doc-title-quarterly = Информация о ходе реализации пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу» («Приобщение к труду и профессии с раннего возраста») за { $quarter }-й квартал { $year } года
analytics-doc-title-final = Региональный аналитический отчёт о реализации пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу» («Приобщение к труду и профессии с раннего возраста») за январь–ноябрь { $year } года
analytics-doc-title-ministry = Сводная информация о ходе реализации пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу» («Приобщение к труду и профессии с раннего возраста») за { $quarter }-й квартал { $year } года
analytics-doc-sender = [Наименование управления образования] ({ $scope })
analytics-doc-sender-institute = Институт раннего развития детей
analytics-doc-addressee = Институт раннего развития детей
analytics-doc-addressee-ministry = Министерство просвещения Республики Казахстан
analytics-doc-basis-quarterly = В соответствии с алгоритмом реализации пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу», утверждённым приказом Министра просвещения Республики Казахстан от «___» ____________ 20___ года № _____, представляется информация о ходе реализации пилотного проекта за { $quarter }-й квартал { $year } года.
analytics-doc-basis-final = В соответствии с алгоритмом реализации пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу», утверждённым приказом Министра просвещения Республики Казахстан от «___» ____________ 20___ года № _____, представляется региональный аналитический отчёт о реализации пилотного проекта за январь–ноябрь { $year } года. Отчёт охватывает январь–ноябрь { $year } года: показатели сведены по отчётам дошкольных организаций за все кварталы периода ({ $quarters }), срок сдачи которых наступил до 30 ноября; изменения уровней сформированности трудовых навыков показаны по кварталам в сравнении с 1-м кварталом.
analytics-doc-basis-ministry = В соответствии с алгоритмом реализации пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу», утверждённым приказом Министра просвещения Республики Казахстан от «___» ____________ 20___ года № _____, Институт раннего развития детей представляет сводную информацию о ходе реализации пилотного проекта за { $quarter }-й квартал { $year } года по регионам, информация которых принята Институтом (регионов: { $included } из { $total }).
analytics-doc-regions-excluded = Не включены (информация за квартал Институтом не принята): { $names }.
analytics-doc-region-summary = Дошкольных организаций: { $organizations }; отчёты сданы в срок: { $onTime }, с опозданием: { $late }; возвращены на доработку и повторно не сданы: { $returned }; не сданы: { $notHanded }. Доля детей с высоким уровнем сформированности трудовых навыков: в экспериментальных группах — { $exp } %, в контрольных — { $ctl } %.
analytics-doc-by-deadline-title = Представление отчётов к установленному сроку:
analytics-doc-by-status-title = Отчёты по статусу на дату формирования документа:
analytics-doc-returned-open = Возвращено на доработку, повторно не сдано
analytics-doc-not-handed = Не сдано
analytics-doc-total-row = Итого
analytics-doc-signature = Руководитель ____________________ / Ф.И.О.
analytics-doc-executor = Исп.: Ф.И.О., тел. ____________
analytics-doc-subtitle = { $scope } · { $quarter }-й квартал { $year } года
analytics-doc-subtitle-final = { $scope } · январь–ноябрь { $year } года (отчёты за { $quarters } кварталы)
analytics-doc-by-quarter-title = Представление отчётов по кварталам периода (январь–ноябрь):
analytics-doc-activities-period = Итоги за январь–ноябрь { $year } года — сумма по сданным отчётам за { $quarters } кварталы (отчётов: { $count }); среднее — на один отчёт.
analytics-doc-activities-by-quarter = По кварталам (последняя строка — итог за период):
analytics-doc-col-reports = Отчётов
analytics-doc-col-activities = Занятия
analytics-doc-col-meetings = Встречи и экскурсии
analytics-doc-col-parents = Родители
analytics-doc-col-zones = Новые зоны
analytics-doc-period-total-row = Январь–ноябрь
analytics-doc-draft-note = [Служебная отметка — удалите перед отправкой: проект документа сформирован автоматически { $date } по отчётам дошкольных организаций. Проверьте цифры и допишите выводы.]
analytics-doc-h-organizations = 1. Организации — участники пилотного проекта
analytics-doc-organizations-text = { $count ->
    [one] В пилотном проекте участвует { $count } дошкольная организация.
    [few] В пилотном проекте участвуют { $count } дошкольные организации.
   *[many] В пилотном проекте участвуют { $count } дошкольных организаций.
}
analytics-doc-h-discipline = 2. Отчётная дисциплина
analytics-doc-discipline-text = Срок сдачи отчёта за { $quarter }-й квартал { $year } года — { $due }. Отчёты, не сданные до конца этого дня, отмечены как не сданные в срок; отчёты, возвращённые на доработку, показаны отдельно.
analytics-doc-on-time = Сдано в срок
analytics-doc-late = Сдано с опозданием
analytics-doc-overdue-list = Дошкольные организации, не сдавшие отчёт в срок:
analytics-doc-h-activities = 3. Мероприятия, встречи и участие родителей
analytics-doc-activities-based = По сданным отчётам (отчётов: { $count }).
analytics-doc-directions = Направления работы, выбранные в квартале (число организаций):
analytics-doc-directions-period = Направления работы, выбранные за январь–ноябрь (число организаций, выбравших направление хотя бы в одном квартале):
analytics-doc-h-comparison = 4. Сравнительный мониторинг: экспериментальные и контрольные группы
analytics-doc-comparison-text = В { $quarter }-м квартале доля детей с высоким уровнем сформированности трудовых навыков: в экспериментальных группах — { $exp } %, в контрольных — { $ctl } %.
analytics-doc-comparison-baseline = В 1-м квартале: в экспериментальных группах — { $exp } %, в контрольных — { $ctl } %.
analytics-doc-comparison-none = За этот период данных об уровне сформированности трудовых навыков нет: наблюдение проводится в 1-м и 4-м кварталах.
analytics-doc-h-practice = 5. Лучший педагогический опыт
analytics-doc-quotes-intro = Выдержки из отчётов дошкольных организаций (показано: { $shown } из { $total }).
analytics-doc-h-difficulties = 6. Трудности и риски
analytics-doc-risks = Требуют внимания: отчёты, не сданные в срок, — { $overdue }, возвращённые на доработку — { $returned }.
analytics-doc-h-help = 7. Запрошенная методическая помощь
analytics-doc-h-conclusions = 8. Выводы и предложения
analytics-doc-conclusions-placeholder = [Заполните: основные результаты квартала, риски и предложения на следующий квартал.]
analytics-doc-none = В отчётах сведений нет.
analytics-doc-col-indicator = Показатель
analytics-doc-col-organizations = Количество организаций
analytics-doc-col-share = Доля
analytics-doc-col-total = Всего
analytics-doc-col-average = В среднем на организацию
analytics-doc-col-groups = Группы
analytics-doc-col-quarter = Квартал
analytics-doc-col-topic = Тема
analytics-doc-col-submitted = Сдано отчётов
analytics-doc-col-overdue = Не сдано в срок
export-period-button = { $quarter }-й кв. { $year } г.

## Access and personal data
join-consent-operator-generic = оператор пилотного проекта Министерства просвещения Республики Казахстан
join-problem-invalid = Эта ссылка или код не действует. Проверьте, правильно ли он введён, или попросите в детском саду актуальную ссылку или код.
join-problem-own = Это приглашение создали вы сами, поэтому воспользоваться им не можете. Передайте его тому, кого приглашаете.
leave-choose =
    Вы зарегистрированы в нескольких местах:
    { $list }

    Выберите номер, чтобы выйти только оттуда, или выйдите из проекта совсем — тогда ваши данные будут удалены.
leave-button-all = Выйти совсем
leave-one-done = Вы больше не зарегистрированы здесь: { $membership }. Остальные регистрации сохранены.
conversation-too-many-wrong-answers = Слишком много неподходящих ответов подряд, поэтому действие прервано; ничего не сохранено. Чтобы начать заново, отправьте { $command }.
help-cmd-invitations = Приглашения: список и отзыв
invitations-none = Неиспользованных персональных приглашений нет.
invitations-title = Неиспользованные персональные приглашения: { $count }. Отозванное приглашение сразу перестаёт работать.
invitations-item = { $n }. { $role } — { $scope }. Создано { $created }, действует до { $until } включительно.
invitations-item-mine = { $n }. { $role } — { $scope }. Создано вами { $created }, действует до { $until } включительно.
invitations-button-revoke = ✖️ Отозвать { $n }
invitations-revoked = Приглашение отозвано.
invitations-already-closed = Это приглашение уже использовано или отозвано.
parentlink-button-expiry = ⏳ Срок действия ссылки
parentlink-expiry-ask = Сколько будут действовать ссылка и код для родителей? Уже подключённые родители останутся в любом случае.
parentlink-expiry-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
parentlink-button-expiry-none = Без срока
parentlink-expiry-none = Ссылка и код действуют без срока.
parentlink-expiry-until = Ссылка и код действуют до { $until } включительно.
parentlink-expired = Срок действия ссылки и кода истёк: выпустите новую ссылку.

## Faults
faults-db-unavailable = Сервис ненадолго недоступен, ваше сообщение не обработано. Пожалуйста, повторите его через минуту.

## Seminars
help-cmd-seminar = Объявить семинар, вебинар, консультацию
help-cmd-seminars = Мои мероприятия: ответы и оценки
seminar-scope-national = Вся республика
seminar-wizard-intro = Новое мероприятие. Я задам несколько вопросов; ответы сохраняются сразу. Прервать: /cancel
seminar-wizard-cancelled = Черновик мероприятия удалён.
seminar-ask-scope = Для кого мероприятие? Выберите регион (или всю республику):
seminar-ask-kind = Что вы проводите?
seminar-kind-seminar = Семинар
seminar-kind-webinar = Вебинар
seminar-kind-consultation = Консультация
seminar-ask-title-kk = Название на казахском языке (до { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }):
seminar-ask-title-ru = Теперь название на русском языке (до { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }):
seminar-ask-description-kk = Описание на казахском языке: о чём мероприятие и для кого (до { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }):
seminar-ask-description-ru = Описание на русском языке (до { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }):
seminar-ask-day = Дата в формате ДД.ММ.ГГГГ, например 25.11.2026:
seminar-ask-time = Время начала по времени Астаны, ЧЧ:ММ, например 10:00:
seminar-ask-duration = Продолжительность в минутах (от { $min } до { $max }) — выберите или напишите число:
seminar-minutes = { $n } { $n ->
        [one] минута
        [few] минуты
       *[many] минут
    }
seminar-ask-place-kind = Где пройдёт мероприятие?
seminar-button-online = 🔗 Онлайн (ссылка)
seminar-button-address = 📍 По адресу
seminar-ask-online-url = Пришлите ссылку на трансляцию или встречу (начинается с https://):
seminar-ask-address = Адрес проведения (до { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }):
seminar-ask-audience = Мероприятие: { $scope }. Кого пригласить?
seminar-button-audience-all = Всех заведующих
seminar-button-audience-chosen = Выбрать детские сады
seminar-ask-organizations = Отметьте детские сады, заведующих которых нужно пригласить, и нажмите «Готово». Выбрано: { $chosen }.
seminar-button-orgs-done = Готово ➡️
seminar-error-choose-organization = Отметьте хотя бы один детский сад.
seminar-ask-parents = Пригласить также родителей из этих детских садов?
seminar-button-parents-yes = Да, и родителей
seminar-button-parents-no = Нет, только заведующих
seminar-ask-capacity = Сколько мест? Напишите число (до { $max }) или нажмите «Без ограничения».
seminar-button-no-capacity = Без ограничения
seminar-preview-kk = 👁 Так увидят объявление читатели на казахском:
seminar-preview-ru = 👁 Так увидят объявление читатели на русском:
seminar-preview-confirm =
    Объявление получат: { $count } { $count ->
        [one] человек
        [few] человека
       *[many] человек
    }. Опубликовать?
seminar-button-publish = 📣 Опубликовать
seminar-button-discard = 🗑 Удалить черновик
seminar-published =
    Опубликовано. Объявление с кнопками ответа и файлом для календаря отправляется: { $count } { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }. Ответы и оценки: /seminars
seminar-already-published = Это мероприятие уже опубликовано или черновик удалён.
seminar-error-incomplete = Опубликовать пока нельзя, не хватает: { $missing }.
seminar-error-no-audience = В выбранной аудитории пока никого нет: пригласить некого.
seminar-use-buttons = Ответьте кнопкой под вопросом.
seminar-error-not-text = Напишите ответ текстом.
seminar-error-empty = Ответ пустой. Напишите текст.
seminar-error-too-long =
    Текст слишком длинный: можно не больше { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }, а сейчас — { $length }. Сократите, пожалуйста.
seminar-error-same-language = Этот текст совпадает с казахским. Каждый получает объявление на своём языке, поэтому нужны оба текста — напишите вариант на русском.
seminar-error-day-format = Не удалось распознать дату. Напишите её так: 25.11.2026.
seminar-error-day-past = Эта дата уже прошла. Укажите сегодняшнюю или более позднюю.
seminar-error-day-too-far = Слишком далеко вперёд: объявить можно не больше чем за { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }. Укажите более раннюю дату.
seminar-error-time-format = Не удалось распознать время. Напишите его так: 10:00.
seminar-error-time-past = Это время уже прошло. Укажите время позже текущего.
seminar-error-datetime-format = Не удалось распознать дату и время. Напишите их через пробел, например: 25.11.2026 10:00
seminar-error-number = Нужно целое число от { $min } до { $max }.
seminar-error-url = Это не похоже на ссылку https://… Пришлите полную ссылку, например https://zoom.us/j/123456
seminar-error-url-spaces = В ссылке не должно быть пробелов и переносов строк. Пришлите одну ссылку https://… одним сообщением, без другого текста.
seminar-error-address-link = В адресе не должно быть ссылок — напишите только адрес (город, улица, дом, кабинет). Ссылку на онлайн-мероприятие указывают в варианте «🔗 Онлайн (ссылка)».
seminar-error-link-not-accepted = Ссылку не удалось принять: объявление не опубликовано. Укажите место проведения ещё раз.
seminar-error-started = Мероприятие уже началось, отменено или завершено — изменить его нельзя.
seminar-field-kind = вид мероприятия
seminar-field-title-kk = название на казахском
seminar-field-title-ru = название на русском
seminar-field-description-kk = описание на казахском
seminar-field-description-ru = описание на русском
seminar-field-starts = дата и время
seminar-field-duration = продолжительность
seminar-field-place = ссылка или адрес
seminar-field-audience = приглашённые детские сады
seminar-announcement =
    📣 { $kind ->
        [webinar] Вебинар
        [consultation] Консультация
       *[seminar] Семинар
    }: { $title }

    { $description }

    🗓 { $when } (время Астаны), { $duration } мин.
    { $placeKind ->
        [online] 🔗 Онлайн: { $place }
       *[address] 📍 Адрес: { $place }
    }
    { $capacity ->
        [0] 👥 Число мест не ограничено
       *[other] 👥 Мест: { $capacity }
    }

    Примете участие? Ответ можно изменить до начала мероприятия.
seminar-button-coming = ✅ Буду участвовать
seminar-button-not-coming = ❌ Не смогу
seminar-rsvp-coming = Ответ записан: вы примете участие. Я напомню за сутки и за час до начала.
seminar-rsvp-not-coming = Ответ записан: вы не сможете принять участие. Если планы изменятся, нажмите «Буду участвовать».
seminar-rsvp-full = К сожалению, все места ({ $capacity }) уже заняты. Спасибо за интерес — следите за новыми объявлениями.
seminar-rsvp-started = Мероприятие уже началось или завершилось: ответ больше не меняется.
seminar-rsvp-cancelled = Это мероприятие отменено.
seminar-reminder-day =
    ⏰ Напоминаем: завтра — «{ $title }».
    Начало: { $when } (время Астаны).
    { $placeKind ->
        [online] 🔗 Ссылка: { $place }
       *[address] 📍 Адрес: { $place }
    }
seminar-reminder-hour =
    ⏰ Через час начинается «{ $title }».
    Начало: { $when } (время Астаны).
    { $placeKind ->
        [online] 🔗 Ссылка: { $place }
       *[address] 📍 Адрес: { $place }
    }
seminar-reminder-nudge = Вы ещё не ответили, придёте ли на «{ $title }» ({ $when }, время Астаны). Пожалуйста, нажмите кнопку ниже — так организатор сможет подготовиться.
seminar-notice-time-changed =
    🔁 Изменилось время мероприятия «{ $title }».
    Было: { $oldWhen }
    Стало: { $when } (время Астаны)
    Ваш ответ сохранён; если планы изменились, ответьте заново на объявление.
seminar-notice-place-changed =
    🔁 Изменилось место мероприятия «{ $title }» ({ $when }, время Астаны).
    Было: { $oldPlace }
    Стало: { $place }
seminar-notice-cancelled = ❌ Мероприятие «{ $title }» ({ $when }) отменено. Приносим извинения.
seminar-attendance-ask = Мероприятие «{ $title }» ({ $when }) завершилось. Вы приняли в нём участие?
seminar-button-attended = ✅ Да
seminar-button-missed = ❌ Нет, не получилось
seminar-feedback-missed = Спасибо за ответ!
seminar-feedback-ask-rating = Оцените мероприятие от 1 до 5:
seminar-feedback-ask-comment = Спасибо! Если хотите, напишите комментарий: что было полезно, чего не хватило (до { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }). Или нажмите «Без комментария».
seminar-button-no-comment = Без комментария
seminar-feedback-thanks = Спасибо за отзыв!
seminar-feedback-already-rated = Ваше участие и оценка уже записаны. Спасибо!
seminar-ask-new-time = Напишите новую дату и время начала (время Астаны) через пробел, например: 25.11.2026 10:00. Прервать: /cancel
seminar-ask-new-place = Пришлите новую ссылку (https://…) или новый адрес. Прервать: /cancel
seminar-changed =
    Изменение сохранено. Сообщение о нём отправляется: { $count } { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }.
seminar-unchanged = Это то же самое, что указано сейчас, — ничего не изменено.
seminar-edit-cancelled = Изменение отменено: мероприятие осталось без изменений.
seminars-empty = У вас пока нет мероприятий. Объявить: /seminar
seminars-title = Ваши мероприятия ({ $count }). Выберите, чтобы увидеть ответы и оценки:
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
    🗓 { $when } (время Астаны) · { $status }
    { $place }
seminars-figures =
    Приглашено: { $invited }
    Придут: { $coming }
    Не смогут: { $notComing }
    Не ответили: { $noAnswer }
    Участвовали: { $attended }
    Средняя оценка: { $rating } (оценок: { $ratings })
seminars-comments = Комментарии:
seminars-button-edit-time = 🕒 Изменить время
seminars-button-edit-place = 📍 Изменить ссылку/адрес
seminars-button-cancel = ❌ Отменить мероприятие
seminars-button-close = ✅ Завершить и спросить
seminars-cancel-confirm = Отменить «{ $title }»? Все приглашённые получат сообщение об отмене.
seminars-button-cancel-yes = Да, отменить
seminars-cancelled =
    Мероприятие отменено. Сообщение отправляется: { $count } { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }.
seminars-closed =
    Мероприятие завершено. Вопрос об участии и оценке отправляется: { $count } { $count ->
        [one] человек
        [few] человека
       *[many] человек
    }.
seminars-error-not-started = Мероприятие ещё не началось. Завершить его можно после начала.
seminar-calendar-caption = 📅 «{ $title }», { $when } (время Астаны). Откройте файл, чтобы добавить мероприятие в календарь телефона.
seminar-calendar-caption-changed = 📅 «{ $title }», { $when } (время Астаны). Откройте файл, чтобы обновить мероприятие в календаре телефона.
seminar-calendar-caption-cancelled = ❌ «{ $title }», { $when }: мероприятие отменено. Откройте файл, чтобы убрать его из календаря телефона.

## Broadcasts
help-cmd-broadcast = Отправить объявление
broadcast-intro = Новое объявление. Я задам несколько вопросов; прервать: /cancel
broadcast-cancelled = Черновик объявления удалён.
broadcast-ask-scope = Для кого объявление?
broadcast-ask-target = Объявление: { $scope }. Кому отправить?
broadcast-target-heads = Заведующим
broadcast-target-methodologists = Методистам
broadcast-target-parents = Родителям
broadcast-target-heads-chosen = Заведующим: выбрать сады
broadcast-target-parents-chosen = Родителям: выбрать сады
broadcast-ask-organizations = Отметьте детские сады и нажмите «Готово». Выбрано: { $chosen }.
broadcast-ask-text-kk = Текст объявления на казахском языке (до { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }):
broadcast-ask-text-ru = Теперь текст на русском языке (до { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }). Каждый получатель увидит объявление на своём языке.
broadcast-ask-attachment = Если нужно, пришлите одно фото или документ (PDF, Word, Excel, JPEG или PNG; не больше { $maxMb } МБ) — текст станет подписью к нему (тогда текст не длиннее { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }). Или нажмите «Без вложения».
broadcast-button-no-attachment = Без вложения
broadcast-error-attachment = Сейчас жду фото, документ или кнопку «Без вложения».
broadcast-error-caption-too-long = С фото или документом текст становится подписью, а она не длиннее { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    }. Сократите тексты (/broadcast заново) или нажмите «Без вложения».
broadcast-error-same-language = Этот текст совпадает с казахским. Объявление на одном языке не отправляется: каждый получатель читает на своём языке, поэтому нужен текст на русском.
broadcast-confirm =
    Объявление получат: { $count } { $count ->
        [one] человек
        [few] человека
       *[many] человек
    } ({ $audience ->
        [parents] родители
        [methodologists] методисты
       *[heads] заведующие
    }; { $scope }). Отправить?
broadcast-button-send = 📢 Отправить ({ $count })
broadcast-already-sent = Это объявление уже отправлено или черновик удалён.
broadcast-error-incomplete = Отправить нельзя, не хватает: { $missing }.
broadcast-field-audience = получатели
broadcast-field-text-kk = текст на казахском
broadcast-field-text-ru = текст на русском
broadcast-field-organizations = выбранные детские сады
broadcast-field-caption = тексты не длиннее { $max } { $max ->
        [one] знака
        [few] знаков
       *[many] знаков
    } (с вложением)
broadcast-sent =
    Объявление поставлено в очередь: { $count } { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }. Сообщения уходят постепенно, с учётом лимитов Telegram и тихих часов.
broadcast-button-status = 📊 Статус доставки
broadcast-status =
    Доставка объявления (получателей: { $total }):
    ✅ Доставлено: { $sent }
    ⏳ Ожидают отправки (тихие часы, лимиты): { $waiting }
    🚫 Недоступны (заблокировали бота): { $unreachable }
    ⚠️ Ошибка: { $failed }
broadcast-message = 📢 { $text }
broadcast-error-attachment-type = Такой файл отправить нельзя. Подходят PDF, фото (JPEG, PNG), документы Word (.docx) и таблицы Excel (.xlsx); исполняемые файлы и архивы (.apk, .exe, .zip, .rar и другие) не принимаются. Пришлите другой файл или нажмите «Без вложения».
broadcast-error-attachment-size = Файл слишком большой. Наибольший размер вложения, МБ: { $max }. Уменьшите файл (например, сожмите PDF) или нажмите «Без вложения».
broadcast-error-daily-limit = Сегодня вы уже отправили { $limit } { $limit ->
    [one] объявление
    [few] объявления
   *[many] объявлений
} — это предел на день. Черновик сохранён: отправить его можно будет завтра.
broadcast-awaiting-approval = Объявление для родителей нескольких детских садов отправится после одобрения вторым человеком — координатором или администратором (автор одобрить его не может). { $approvers ->
    [0] Сейчас одобрить его некому: обратитесь к администратору проекта.
   *[other] Запрос на одобрение отправлен, получателей запроса: { $approvers }.
}
broadcast-approval-ask =
    Объявление выше ждёт вашего одобрения.
    Получатели: родители ({ $national ->
        [yes] вся республика
       *[no] { $region }
    }), всего { $count }.
    Оно отправится, только если его одобрит второй человек — не автор.
broadcast-button-approve = ✅ Одобрить и отправить
broadcast-button-decline = ✖️ Не одобрять
broadcast-approval-already-decided = По этому объявлению уже принято решение.
broadcast-approval-approved = Одобрено: объявление отправляется, получателей: { $count }.
broadcast-approval-declined = Не одобрено: объявление не отправлено, автор получит уведомление.
broadcast-approval-author-approved = Ваше объявление одобрено и отправляется, получателей: { $count }.
broadcast-approval-author-declined = Ваше объявление не одобрено и не отправлено. Уточните у координатора, что изменить, и подготовьте новое: /broadcast
help-cmd-bestpractice = Поделиться лучшим педагогическим опытом
bestpractice-none = Принятых отчётов с описанием лучшего опыта пока нет.
bestpractice-list = Принятые отчёты с лучшим педагогическим опытом: { $count }. Выберите отчёт:
bestpractice-card =
    🌟 Лучший педагогический опыт
    { $organization } · { $year } год, { $quarter }-й квартал

    { $text }

    Фото: { $photos }
bestpractice-button-ask-region = Предложить региону
bestpractice-button-ask-national = Предложить республике
bestpractice-asked = Запрос согласия отправлен руководителю детского сада ({ $organization }). Я сообщу ответ; после согласия опыт получат заведующие.
bestpractice-already-asked = Согласия на это уже спросили, ждём ответа.
bestpractice-no-author = Не удалось найти того, кто сдал этот отчёт: спросить согласия не у кого.
bestpractice-consent-ask =
    🌟 Методист хочет поделиться опытом вашего детского сада ({ $organization }) из отчёта за { $year } год, { $quarter }-й квартал с заведующими { $scope ->
        [national] всей республики
       *[region] региона
    }. Детский сад будет указан как автор.

    { $text }

    Фото: { $photos }. Вы согласны?
bestpractice-button-agree = ✅ Да, поделиться
bestpractice-button-decline = Не сейчас
bestpractice-consent-thanks = Спасибо! Ваш опыт отправляется коллегам.
bestpractice-consent-declined = Хорошо, опыт не будет отправлен.
bestpractice-already-answered = На этот вопрос уже ответили.
bestpractice-author-agreed =
    ✅ Согласие получено: опыт ({ $organization }) отправляется — { $count } { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }.
bestpractice-author-declined = Руководитель детского сада не дал согласия поделиться опытом ({ $organization }), поэтому он не отправлен.
bestpractice-message =
    🌟 Лучший педагогический опыт
    { $organization } ({ $region }), { $year } год, { $quarter }-й квартал

    { $text }
bestpractice-photo-caption = 🌟 { $organization } — фото { $index } из { $total }
## Status and digest
help-cmd-status = Сводка: отчёты, участники, навыки
help-cmd-digest = Еженедельная сводка: вкл. или выкл.
status-not-allowed = Сводка доступна руководителям детских садов, методистам и координаторам проекта.
status-no-periods = Отчётные периоды ещё не заданы.
status-choose = Выберите регион или детский сад:
status-period = { $quarter }-й квартал { $year } года · срок сдачи — { $due }
status-title-country = 📊 Вся республика
status-title-region = 📊 { $region }
status-hint-drill-down = Нажмите на регион, чтобы увидеть его детские сады.
status-no-kindergartens = В регионе нет детских садов проекта.
status-kindergartens-page = Детские сады { $from }–{ $to } из { $total } (страница { $page } из { $pages }), сначала те, что требуют внимания:
status-button-period = { $quarter } кв. { $year }
status-button-previous-page = ◀ Назад
status-button-next-page = Дальше ▶
status-button-country = ⬆ Вся республика
status-button-effect = 📐 Эффект проекта
status-reports-title = Отчёты, всего детских садов: { $total }
status-reports-accepted = { $n } ✅ принято
status-reports-submitted = { $n } 📨 на проверке
status-reports-returned = { $n } ↩️ возвращено на доработку
status-reports-in-progress = { $n } ✏️ заполняется
status-reports-not-started = { $n } ▫️ не начато
status-reports-overdue = { $n } ⏰ не сдано в срок
status-reports-late = { $n } 🐢 сдано с опозданием
status-people-title = Участники:
status-people-heads = { $n } { $count ->
    [one] руководитель зарегистрирован
    [few] руководителя зарегистрированы
   *[many] руководителей зарегистрировано
}
status-people-heads-unreachable = { $n } 📵 { $count ->
    [one] руководитель недоступен для сообщений
    [few] руководителя недоступны для сообщений
   *[many] руководителей недоступны для сообщений
}
status-people-without-head = 👤 Детских садов без зарегистрированного руководителя: { $count }
status-people-parents = { $n } { $count ->
    [one] родитель подключился
    [few] родителя подключились
   *[many] родителей подключились
}
status-people-parents-reachable = { $n } из них получают сообщения бота
status-groups-title = Группы:
status-groups-experimental = { $groups } { $groupCount ->
    [one] экспериментальная группа
    [few] экспериментальные группы
   *[many] экспериментальных групп
}, детей: { $children }
status-groups-control = { $groups } { $groupCount ->
    [one] контрольная группа
    [few] контрольные группы
   *[many] контрольных групп
}, детей: { $children }
status-skills-title = Трудовые навыки детей по итогам наблюдения (высокий · средний · низкий):
status-skills-none = Данных пока нет: уровни навыков указывают в отчётах I и IV кварталов.
status-skills-experimental = эксп.: { $high } · { $middle } · { $low } (отчётов: { $kindergartens })
status-skills-control = контр.: { $high } · { $middle } · { $low } (отчётов: { $kindergartens })
status-skills-change-experimental = Высокий уровень в экспериментальных группах с I квартала: { $change } п. п. (детских садов, сдавших оба отчёта: { $kindergartens })
status-skills-change-control = Высокий уровень в контрольных группах с I квартала: { $change } п. п. (детских садов, сдавших оба отчёта: { $kindergartens })
status-attention-title = ⚠️ Требует внимания:
status-attention-none = 👍 Ничего не требует внимания.
status-attention-overdue = ⏰ отчёт не сдан в срок: { $count }
status-attention-no-head = 👤 нет руководителя в боте: { $count }
status-attention-heads-unreachable = 📵 руководитель недоступен: { $count }
status-attention-returned = ↩️ возвращён и не сдан повторно: { $count }
status-legend-regions = Сдано/всего · ⏰ не сдано в срок · ⚠️ требует внимания · регион
status-region-line = { $handed }/{ $all } ⏰{ $overdue } ⚠️{ $flagged } { $name }
status-legend-kindergartens = ✅ принят · 📨 на проверке · ↩️ возвращён · ✏️ заполняется · ▫️ не начат · ⏰ не сдан в срок · 👤 нет руководителя · 📵 руководитель недоступен
status-card-report-accepted = Отчёт: ✅ принят
status-card-report-submitted = Отчёт: 📨 сдан, его проверяет методист
status-card-report-returned = Отчёт: ↩️ возвращён на доработку
status-card-report-in-progress = Отчёт: ✏️ заполняется
status-card-report-not-started = Отчёт: ▫️ ещё не начат
status-card-due = Срок сдачи — { $due }.
status-card-overdue = { $viewer ->
        [head] ⏰ Срок прошёл, а отчёт не сдан. Открыть отчёт: /report
       *[staff] ⏰ Срок прошёл, а отчёт не сдан.
    }
status-card-late = 🐢 Сдан с опозданием.
status-card-missing = Ещё без ответа, вопросов: { $count }
status-card-returned-fields = Вопросы, которые методист вернул с комментариями: { $count }
status-compare-title = { $viewer ->
        [head] Ваши показатели в сравнении с регионом и республикой (медиана, минимум–максимум):
       *[staff] Показатели детского сада в сравнении с регионом и республикой (медиана, минимум–максимум):
    }
status-compare-none = Сравнивать пока не с чем: в этом квартале ещё нет сданных отчётов.
status-compare-activities = Занятия: { $viewer ->
        [head] у вас
       *[staff] детский сад
    } { $own } · регион { $region } · республика { $country }
status-compare-meetings = Встречи и экскурсии: { $viewer ->
        [head] у вас
       *[staff] детский сад
    } { $own } · регион { $region } · республика { $country }
status-compare-parents = Родители на мероприятиях: { $viewer ->
        [head] у вас
       *[staff] детский сад
    } { $own } · регион { $region } · республика { $country }
status-compare-exp-high = Высокий уровень в экспериментальных группах, %: { $viewer ->
        [head] у вас
       *[staff] детский сад
    } { $own } · регион { $region } · республика { $country }
status-compare-ctl-high = Высокий уровень в контрольных группах, %: { $viewer ->
        [head] у вас
       *[staff] детский сад
    } { $own } · регион { $region } · республика { $country }
status-compare-spread = { $median } ({ $min }–{ $max })
status-compare-too-few = мало детских садов для сравнения
status-compare-privacy = Медиану показываем, когда за ней стоят не меньше { $median } { $median ->
    [one] другого детского сада
    [few] других детских садов
   *[many] других детских садов
}, минимум и максимум — не меньше { $range }: так не видны цифры отдельного детского сада.
digest-not-allowed = Еженедельную сводку получают координаторы и методисты проекта.
digest-state-on = Еженедельная сводка включена: она приходит по понедельникам. Отключить: /digest off
digest-state-off = Еженедельная сводка отключена. Включить: /digest on
digest-usage = Напишите /digest off, чтобы отключить еженедельную сводку, или /digest on, чтобы включить её.
digest-switched-on = Готово: еженедельная сводка включена.
digest-already-on = Еженедельная сводка уже включена.
digest-switched-off = Готово: еженедельная сводка отключена. Включить снова: /digest on
digest-already-off = Еженедельная сводка уже отключена.
digest-weekly-title = 📬 Сводка недели: { $scope }
digest-weekly-country = вся республика
digest-weekly-no-overdue = Отчётов, не сданных в срок, нет.
digest-weekly-overdue-regions = ⏰ Не сдано в срок отчётов: { $count }. По регионам:
digest-weekly-overdue-kindergartens = ⏰ Не сдали отчёт в срок ({ $count }), со срока прошло { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}:
digest-weekly-overdue-legend = 👤 нет руководителя в боте · 📵 руководитель недоступен · ↩️ возвращён и не сдан повторно
digest-weekly-drill-down = Подробнее — /status: республика → регион → детский сад, там же прошлые кварталы.
digest-weekly-switch-off = Сводка не нужна? /digest off
digest-weekly-part = { $body }
digest-weekly-button-status = 📊 Открыть сводку
digest-weekly-chart-caption = 📊 { $scope }, { $quarter }-й квартал { $year } года: вверху — статус отчётов, внизу — уровни навыков детей в экспериментальных и контрольных группах.
digest-weekly-chart-caption-status = 📊 { $scope }, { $quarter }-й квартал { $year } года: статус отчётов.
status-tips-title = Еженедельные занятия для родителей (в этом квартале):
status-tips-experimental = эксп.: отправлено — { $sent }, «Сделали» — { $done }
status-tips-control = контр.: отправлено — { $sent }, «Сделали» — { $done }
status-tips-lifted-regions = Регионов, где ограничение для контрольных групп снято: { $count }
status-tips-lifted-here = Ограничение для контрольных групп снято: их родители тоже получают занятия.
status-seminars-title = Семинары, вебинары и консультации (в этом квартале): { $count }, уже прошли: { $held }
status-seminars-invited = { $n } { $count ->
    [one] приглашение
    [few] приглашения
   *[many] приглашений
} (руководителям и родителям)
status-seminars-coming = { $n } { $count ->
    [one] ответ
    [few] ответа
   *[many] ответов
} «Буду участвовать»
status-seminars-attended = { $n } { $count ->
    [one] участник
    [few] участника
   *[many] участников
} мероприятий
status-seminars-rating = ⭐ Средняя оценка: { $rating } из 5 (оценок: { $count })


## Order of activities in a region
tips-order-button = 🔢 Порядок занятий
tips-order-choose-region = Порядок еженедельных занятий: выберите регион.
tips-order-title = { $region }: порядок еженедельных занятий
tips-order-national = Сейчас действует общий порядок — такой же, как во всей республике.
tips-order-custom = Сейчас действует порядок, установленный для региона. Новые занятия встают в конец списка.
tips-order-hint = Каждый родитель получает первое по списку занятие, которого ещё не получал и которое подходит к времени года и возрасту ребёнка (занятия, привязанные к времени года, идут первыми), поэтому занятия не повторяются. Чтобы переместить занятие, нажмите кнопку с его номером.
tips-order-page = Страница { $page } из { $pages }.
tips-order-empty = В библиотеке пока нет занятий для рассылки (/activities).
tips-order-card =
    Занятие № { $place } из { $total }: «{ $title }»
    Куда его переместить? Занятия, которые родители уже получили, не повторятся.
tips-order-button-up = ⬆️ Выше
tips-order-button-down = ⬇️ Ниже
tips-order-button-place = 🔢 Указать место…
tips-order-button-list = ◀️ К списку
tips-order-button-reset = ↩️ Вернуть общий порядок
tips-order-reset-confirm = { $region }: вернуть общий порядок занятий? Порядок, установленный для региона, будет удалён. Занятия, которые родители уже получили, не повторятся.
tips-order-button-reset-yes = Да, вернуть
tips-order-button-reset-no = Нет, оставить
tips-order-reset-done = Готово: в регионе снова действует общий порядок.
tips-order-ask-place = На какое место поставить занятие «{ $title }»? Отправьте номер места: от 1 до { $total }.
tips-order-place-invalid = Нужен номер места — целое число от 1 до { $total }, например 3. Отправьте его ещё раз или /cancel, чтобы ничего не менять.
tips-order-moved = Готово: занятие «{ $title }» теперь на месте № { $place }.
tips-order-stale = Порядок занятий изменился, пока этот список был открыт, поэтому ничего не изменено. Показываю текущий порядок.
tips-order-gone = Это занятие убрано из рассылки, поэтому переместить его нельзя. Показываю текущий порядок.

## Abuse limits
abuse-rate-limited = Слишком много запросов подряд — я временно их пропускаю. Подождите минуту и повторите.
abuse-file-in-progress = Файл уже готовится — пришлю его, как только он будет готов. Новый запрос можно отправить после этого.

## Activity library: editors, proposals, revisions
library-proposer-intro = Ваши новые занятия и правки отправляются на проверку. Родители получат их только после одобрения администратором проекта или координатором республиканского уровня.
library-link-refused = В тексте занятия не должно быть ссылок: родители получают его от имени проекта, а ссылка может вести на мошеннический сайт. Найдено: { $link }. Уберите ссылки, адреса сайтов, @имена и адреса почты и пришлите текст ещё раз.
library-problem-outdated = Это занятие изменено после того, как начата правка, поэтому она не сохранена: иначе новая версия пропала бы. Откройте занятие снова (/activities) и внесите правку в текущую версию.
library-problem-own_proposal = Своё предложение одобрить нельзя: его проверяет и одобряет другой человек.
library-problem-reason_invalid = Напишите причину отказа: от 3 до 500 знаков.
library-problem-unchanged = Сохранять нечего: текст не отличается от текущей версии. Чтобы изменить занятие, откройте его, выберите язык текста и пришлите новый текст.
library-button-proposals = 📝 Предложения: { $count }
library-button-propose-kk = ✏️ Правка: казахский
library-button-propose-ru = ✏️ Правка: русский
library-button-history = 🕘 История
library-card-revision = Текущая версия: № { $number } от { $date }.
library-confirm-propose = Проверьте оба варианта выше. Отправить на проверку?
library-button-send = 📨 На проверку
library-proposed = Предложение отправлено на проверку. Родители получат занятие только после одобрения; о решении я сообщу.
library-author-library = библиотека проекта
library-author-unknown = данные автора удалены
library-history-title = История занятия «{ $title }» (текущая версия — № { $number }), страница { $page } из { $pages }:
library-history-approved = № { $number } · { $date } · { $author }
library-history-restored = № { $number } · { $date } · { $author } · возвращена версия № { $from }
library-history-proposed = Предложение · { $date } · { $author } · на проверке
library-history-rejected = Предложение · { $date } · { $author } · отклонено: { $reason }
library-button-revision = № { $number }
library-button-proposal = 📝 { $id }
library-button-rejected = ✖️ { $id }
library-revision-title = «{ $title }»: версия № { $number }. Изменения по сравнению с версией № { $previous }:
library-proposal-title = Предложение к занятию «{ $title }» (к версии № { $base }). Что изменится:
library-proposal-new-title = Предложение нового занятия «{ $title }». Так его получат родители — выше.
library-proposal-rejected-reason = Отклонено. Причина: { $reason }
library-compare-title = «{ $title }»: чем версия № { $number } отличается от текущей (№ { $current }):
library-diff-none = Текст и поля не отличаются.
library-diff-empty = (нет)
library-field-part = { $language }, { $part }
library-field-language-kk = Казахский текст
library-field-language-ru = Русский текст
library-field-title = название
library-field-activity = что делать
library-field-words = слова для разговора
library-field-safety = безопасность
library-field-youngest = для самых маленьких
library-field-direction = Направление
library-field-season = Время года
library-field-ages = Возрастные группы
library-field-step = Уровень сложности
library-field-minutes = Минут
library-season-autumn = осень
library-season-winter = зима
library-season-spring = весна
library-season-summer = лето
library-season-any = любое
library-button-approve = ✅ Одобрить
library-button-reject = ✖️ Отклонить
library-button-compare = 🔍 Сравнить с текущей
library-button-restore = ↩️ Вернуть № { $number }
library-restored = Готово: возвращён текст прежней версии, это новая версия № { $number }. Она вступит в силу при следующем еженедельном планировании.
library-proposals-title = Предложения на проверке: { $count }. Выберите номер, чтобы посмотреть изменения и принять решение.
library-proposals-item = { $n }. Правка «{ $title }» · { $author } · { $date }
library-proposals-item-new = { $n }. Новое занятие «{ $title }» · { $author } · { $date }
library-proposals-none = Предложений на проверке нет.
library-approved = Одобрено: это версия № { $number }. Родители получат её при следующем еженедельном планировании. Автору придёт уведомление.
library-ask-reason = Напишите одним сообщением, почему предложение отклонено: автор получит этот текст.
library-rejected = Предложение отклонено. Автору придёт уведомление с причиной.
library-notice-proposed-new = 📝 Новое занятие на проверке: «{ $title }». Родители получат его только после одобрения.
library-notice-proposed-change = 📝 Правка занятия «{ $title }» на проверке. Родители получат её только после одобрения.
library-button-open-proposal = 🔍 Посмотреть
library-notice-approved = ✅ Ваше предложение «{ $title }» одобрено и войдёт в еженедельные занятия.
library-notice-rejected = Ваше предложение «{ $title }» отклонено. Причина: { $reason }

## Weekly activities: season and age
tips-under-three =
    Еженедельные занятия пока написаны для детей 3–6 лет: в них часто есть мелкие предметы (фасоль, пуговицы, камешки), опасные для малышей.
    Поэтому родителям детей из групп раннего возраста и младших групп мы их пока не присылаем. Когда появятся занятия для детей до трёх лет или ребёнок перейдёт в среднюю группу, они начнут приходить сами — ничего делать не нужно.

## Programme effect (experimental vs control, difference in differences)
effect-title = 📐 Эффект проекта: экспериментальные и контрольные группы
effect-doc-title = Оценка эффекта проекта
effect-first-quarter = В I квартале эффект не оценивается: изменение считается от I квартала до следующей оценки навыков (IV квартал).
effect-too-few = Оценку эффекта не приводим: детских садов, сдавших отчёты и за I квартал, и за этот период, слишком мало (с экспериментальными группами — { $exp }, с контрольными — { $ctl }; нужно не меньше { $min } в каждой). Доли выше — описание, а не вывод.
effect-doc-too-few = Оценка эффекта не приводится: дошкольных организаций, представивших отчёты и за I квартал, и за отчётный период, недостаточно (с экспериментальными группами — { $exp }, с контрольными — { $ctl }; требуется не менее { $min } в каждой). Приведённые доли носят описательный характер.
effect-shares = Доля детей с высоким уровнем сформированности трудовых навыков, I квартал → { $quarter }-й квартал: экспериментальные группы { $expFirst } % → { $expNow } %, контрольные группы { $ctlFirst } % → { $ctlNow } %.
effect-estimate = Разность изменений (экспериментальные минус контрольные): { $effect } п. п.; 95-процентный интервал — от { $low } до { $high } п. п.
effect-clear-higher = Разница в пользу экспериментальных групп, и интервал не включает ноль: случайным разбросом между детскими садами её объяснить трудно.
effect-clear-lower = Разница не в пользу экспериментальных групп, и интервал не включает ноль: это стоит разобрать с методическими центрами.
effect-unclear = Интервал включает ноль: по этим данным нельзя утверждать, что проект изменил долю детей с высоким уровнем, — разница может быть случайной.
effect-basis = Основа оценки: детские сады, сдавшие оба отчёта, — { $exp } с экспериментальными группами и { $ctl } с контрольными; детей в этом периоде — { $expChildren } и { $ctlChildren }. Интервал учитывает, что дети сгруппированы по детским садам (бутстреп по детским садам).
effect-doc-basis = Основа оценки: дошкольные организации, представившие оба отчёта, — { $exp } с экспериментальными группами и { $ctl } с контрольными; детей в отчётном периоде — { $expChildren } и { $ctlChildren }. Интервал рассчитан бутстрепом по организациям, поскольку дети сгруппированы по организациям.
effect-caveat = Чего оценка не означает: группы назначали методические центры, а не жребий, а уровни навыков — оценка педагогов. Оценка показывает, насколько по-разному изменились доли, но не доказывает причину.
effect-sheet = Эффект проекта
effect-col-arm = Группы
effect-col-organizations = Число организаций
effect-col-children = Число детей
effect-col-first = Доля высокого уровня, I квартал, %
effect-col-now = Доля высокого уровня, отчётный период, %
effect-col-change = Изменение, п. п.
effect-row-experimental = Экспериментальные
effect-row-control = Контрольные
effect-row-difference = Разность изменений, п. п.
effect-row-interval = 95-процентный интервал, п. п.
effect-no-data = Оценки пока нет: уровни навыков оцениваются в I и IV кварталах, оценка эффекта появится по отчётам IV квартала детских садов, сдавших и отчёт I квартала.
effect-doc-no-data = Оценка эффекта не приводится: уровни навыков оцениваются в I и IV кварталах, оценка рассчитывается по отчётам IV квартала дошкольных организаций, представивших и отчёт за I квартал.
tips-week-over-next = Это занятие прошлой недели, ответить на него уже нельзя. Следующее придёт в выбранный день: { $day }, в { $time } (время Астаны).

## Dashboard (Mini App opened from /status)
status-button-dashboard = 📈 Панель показателей
webapp-title = Показатели проекта
webapp-loading = Загрузка…
webapp-refused-missing = Откройте эту страницу кнопкой в ответе бота на команду /status.
webapp-refused-forged = Подпись данных страницы не подтверждена. Откройте страницу заново через /status в боте.
webapp-refused-expired = Срок действия страницы истёк (прошло больше часа). Откройте её заново через /status в боте.
webapp-refused-no-figures = Эта страница — для координаторов, методистов и руководителей детских садов проекта.
webapp-refused-not-in-scope = У вас нет доступа к этим данным.
webapp-refused-network = Не удалось связаться с сервером. Попробуйте позже.
webapp-scope-national = Вся республика
webapp-choose = Выберите регион или детский сад
webapp-period = { $quarter }-й кв. { $year } г.
webapp-due = Последний день сдачи отчёта — { $date }
webapp-search = Название или номер в реестре
webapp-sort = Сортировка
webapp-sort-attention = Сначала требующие внимания
webapp-sort-name = По названию
webapp-sort-number = По номеру в реестре
webapp-sort-handed-in = По доле сданных отчётов
webapp-nothing-found = Ничего не найдено.
webapp-more = Показать ещё
webapp-shown = Показано: { $shown } из { $count }
webapp-attention-title = ⚠️ Требует внимания
webapp-flag-overdue = ⏰ Отчёт не сдан в срок
webapp-flag-no-head = 👤 Руководитель не зарегистрирован в боте
webapp-flag-heads-unreachable = 📵 Сообщения руководителю не доходят
webapp-flag-returned = ↩️ Возвращён и не сдан повторно
webapp-status-not-started = Не начат
webapp-status-in-progress = Заполняется
webapp-status-submitted = На проверке
webapp-status-returned = Возвращён на доработку
webapp-status-accepted = Принят
webapp-status-overdue = Не сдан в срок
webapp-status-late = Сдан с опозданием
webapp-kindergartens = Детские сады
webapp-regions = Регионы
webapp-handed-in = Сдано
webapp-chart-status = Статус отчётов
webapp-chart-effect = Доля детей с высоким уровнем сформированности трудовых навыков, %
webapp-effect-experimental = Экспериментальные группы
webapp-effect-control = Контрольные группы
webapp-effect-first = 1-й квартал
webapp-effect-now = Выбранный квартал
webapp-effect-interval = Разница и её 95-процентный интервал, процентные пункты
webapp-chart-dose = Еженедельные занятия для родителей
webapp-dose-sent = Отправлено
webapp-dose-done = «Сделали»
webapp-chart-seminars = Семинары, вебинары и консультации
webapp-seminars-events = Мероприятия
webapp-seminars-invited = Приглашено
webapp-seminars-coming = Ответили «Буду участвовать»
webapp-seminars-attended = Приняли участие
webapp-people-heads = Руководители в боте
webapp-people-parents = Подключившиеся родители
webapp-people-parents-reachable = Из них получают сообщения бота
webapp-groups-title = Группы и их вид
webapp-arm-experimental = Экспериментальная
webapp-arm-control = Контрольная
webapp-children = Количество детей
webapp-arm-confirmed = Подтверждено методистом
webapp-answers-title = Ответы отчёта
webapp-no-answers = Отчёт за этот квартал ещё не сдан.
webapp-reviews-title = История проверки
webapp-no-reviews = Решений по проверке пока нет.
webapp-review-accepted = ✅ Принят
webapp-review-returned = ↩️ Возвращён на доработку
webapp-reviewer-methodologist = методист
webapp-reviewer-other = администратор
webapp-version = Версия
webapp-downloads-title = Файлы придут в чат с ботом
webapp-download-xlsx = 📊 Таблица отчётов (.xlsx)
webapp-download-docx = 📝 Информация за квартал (.docx)
webapp-download-final = 📝 Отчёт за январь–ноябрь (.docx)
webapp-download-ministry = 📝 Сводная для министерства (.docx)
webapp-download-queued = Файл готовится: бот пришлёт его в чат.
webapp-download-busy = Предыдущий файл ещё готовится. Повторите, когда он придёт.
webapp-switch-language = 🌐 На казахском
webapp-back = ← Назад

## Approval chain (methodological centre → regional department → Institute)
approval-state-title = 🏛 Утверждение за квартал:
approval-state-waiting-centre = ожидается утверждение методическим центром (после проверки отчётов методистом).
approval-state-waiting-department = утверждено методическим центром; ожидается утверждение управлением образования.
approval-state-waiting-institute = утверждено управлением образования; ожидается принятие Институтом раннего развития детей.
approval-state-accepted = ✅ принято Институтом раннего развития детей; показатели за квартал зафиксированы.
approval-state-due = Срок для этого уровня — { $due }.
approval-state-due-overdue = ⏰ Срок для этого уровня ({ $due }) истёк.
approval-state-returned = ↩️ Возвращено на доработку ({ $from ->
    [institute] Институт раннего развития детей
    *[department] управление образования
}): { $comment }
approval-count-title = 🏛 Утверждение регионов за квартал:
approval-count-line = принято Институтом: { $accepted } · ожидают Института: { $institute } · ожидают управлений образования: { $department } · ожидают методических центров: { $centre }
approval-count-names-accepted = Приняты Институтом: { $names }
approval-count-names-institute = Ожидают принятия Институтом: { $names }
approval-count-names-department = Ожидают утверждения управлением образования: { $names }
approval-count-names-returned = Возвращены на доработку: { $names }
approval-count-overdue = Регионов с истёкшим сроком утверждения: { $count }
approval-button-approve-centre = ✅ Утвердить отчёты
approval-button-approve-department = ✅ Утвердить и направить
approval-button-approve-institute = ✅ Принять
approval-button-return = ↩️ Вернуть на доработку
approval-button-unapprove = ⤺ Отозвать утверждение
approval-done-approve-centre = ✅ Отчёты региона утверждены: { $region }, { $quarter }-й квартал { $year } года. Управление образования получит уведомление. Пока утверждение не отозвано и не возвращено на доработку, отчёты детских садов за этот квартал изменить нельзя.
approval-done-approve-department = ✅ Утверждено и направлено в Институт раннего развития детей: { $region }, { $quarter }-й квартал { $year } года.
approval-done-approve-institute = ✅ Принято Институтом: { $region }, { $quarter }-й квартал { $year } года.
approval-done-return = ↩️ Возвращено на доработку: { $region }, { $quarter }-й квартал { $year } года. Уровень ниже получит уведомление с вашим комментарием.
approval-done-unapprove = ⤺ Утверждение отозвано: { $region }, { $quarter }-й квартал { $year } года. Причина записана в журнал действий.
approval-refused-not-allowed = Это действие недоступно: на этом уровне квартал региона утверждает только представитель этого уровня в регионе. Ничего не изменено.
approval-refused-already-approved = Квартал уже утверждён на этом уровне или выше. Ничего не изменено.
approval-refused-below-not-approved = Сначала квартал должен утвердить уровень ниже. Ничего не изменено.
approval-refused-reports-awaiting-review = Утвердить пока нельзя: отчётов, ожидающих проверки, — { $count }. Примите или верните их (/review), затем утвердите. Ничего не изменено.
approval-refused-not-approved = Отзывать или возвращать нечего: на этом уровне квартал не утверждён. Ничего не изменено.
approval-refused-above-acted = Отозвать утверждение нельзя: уровень выше уже принял решение. Попросите вернуть квартал на доработку. Ничего не изменено.
approval-ask-return-comment = Напишите одним сообщением, что нужно доработать ({ $region }), не больше { $max } { $max ->
    [one] знака
    *[many] знаков
}. Комментарий получит уровень ниже. Отменить — /cancel.
approval-ask-unapprove-reason = Напишите одним сообщением причину отзыва утверждения ({ $region }), не больше { $max } { $max ->
    [one] знака
    *[many] знаков
}. Причина будет записана в журнал действий. Отменить — /cancel.
approval-comment-too-long = Нужен текст не больше { $max } { $max ->
    [one] знака
    *[many] знаков
} (сейчас знаков: { $length }). Напишите его ещё раз или отправьте /cancel.
approval-comment-cancelled = Отменено: ничего не изменено.
approval-notice-approved = 🏛 { $region }, { $quarter }-й квартал { $year } года: { $level ->
    [department] квартал утверждён управлением образования и направлен в Институт. Ожидается принятие — откройте /status.
    [institute] квартал принят Институтом.
    *[centre] отчёты региона утверждены методическим центром. Ожидается утверждение управлением образования — откройте /status.
}
approval-notice-returned = ↩️ { $region }, { $quarter }-й квартал { $year } года: квартал возвращён на доработку ({ $from ->
    [institute] Институт раннего развития детей
    *[department] управление образования
}). Комментарий: { $comment }
    Утверждение вашего уровня снято; откройте /status.{ $level ->
    [centre] {" "}Отчёты детских садов снова можно принимать и возвращать на доработку.
    *[other] {""}
}
approval-reminder-centre = 🏛 { $region }, { $quarter }-й квартал { $year } года. { $when ->
    [today] Сегодня ({ $dueDate }) — последний день утверждения отчётов региона методическим центром.
    [overdue] Срок утверждения отчётов региона методическим центром ({ $dueDate }) истёк, просрочка — { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }.
   *[before] Срок утверждения отчётов региона методическим центром — { $dueDate }, { $days ->
        [one] остался { $days } день
        [few] осталось { $days } дня
       *[many] осталось { $days } дней
    }.
}
    Проверьте отчёты, ожидающие решения (/review), и утвердите отчёты региона в /status.
approval-reminder-department = 🏛 { $region }, { $quarter }-й квартал { $year } года. { $when ->
    [today] Сегодня ({ $dueDate }) — последний день утверждения квартала управлением образования.
    [overdue] Срок утверждения квартала управлением образования ({ $dueDate }) истёк, просрочка — { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }.
   *[before] Срок утверждения квартала управлением образования — { $dueDate }, { $days ->
        [one] остался { $days } день
        [few] осталось { $days } дня
       *[many] осталось { $days } дней
    }.
}
    Квартал региона ещё не утверждён. Откройте /status: после утверждения методическим центром утвердите квартал и направьте его в Институт.
approval-reminder-institute = 🏛 { $quarter }-й квартал { $year } года. { $when ->
    [today] Сегодня ({ $dueDate }) — последний день принятия регионов Институтом.
    [overdue] Срок принятия регионов Институтом ({ $dueDate }) истёк, просрочка — { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }.
   *[before] Срок принятия регионов Институтом — { $dueDate }, { $days ->
        [one] остался { $days } день
        [few] осталось { $days } дня
       *[many] осталось { $days } дней
    }.
}
    Утверждены управлениями образования и ещё не приняты ({ $count }): { $regions }. Откройте /status, чтобы принять или вернуть на доработку.
approval-escalation-centre = ⏰ { $region }, { $quarter }-й квартал { $year } года: методический центр не утвердил отчёты региона в срок ({ $dueDate }), просрочка — { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }.
    Просим связаться с методистами региона и помочь завершить проверку отчётов.
approval-escalation-department = ⏰ { $quarter }-й квартал { $year } года: управления образования не утвердили квартал в срок ({ $dueDate }), просрочка — { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }. Регионы ({ $count }): { $regions }.
    Просим связаться с координаторами этих регионов.
report-frozen-approved = Отчёт за этот квартал изменить нельзя: показатели региона утверждены. Если нужно исправление, обратитесь к методисту: утверждение может быть отозвано или возвращено на доработку.
review-frozen-approved = Отчёты этого квартала зафиксированы: регион утверждён методическим центром или выше. Чтобы принять или вернуть отчёт, сначала отзовите утверждение в /status (пока управление образования его не утвердило) или дождитесь возврата на доработку. Ничего не изменено.
periods-approval-line = Сроки утверждения: методический центр — { $centre }, управление образования — { $department }, Институт — { $institute }
periods-approval-none = не задан
periods-approval-usage = Срок утверждения для уровня: /setapprovaldue <год> <квартал> <centre|department|institute> <дата>, например: /setapprovaldue 2026 4 department 2026-11-30.
periods-approval-set = ✅ Срок утверждения ({ $level ->
    [department] управление образования
    [institute] Институт
    *[centre] методический центр
}) за { $quarter }-й квартал { $year } года: { $due }.
periods-approval-error-arguments = нужны четыре значения — год, квартал, уровень и дата.
periods-approval-error-level = уровень должен быть centre (методический центр), department (управление образования) или institute (Институт).
periods-approval-error-no-period = такого отчётного периода нет.
periods-approval-error-before = срок утверждения не может быть раньше срока сдачи отчётов ({ $due }).

## Registry import
help-cmd-import = Загрузить реестр организаций
registry-import-ask-file = Отправьте файл реестра (.xlsx или .csv) документом. Сначала я его проверю, реестр при этом не изменится. Чтобы остановить — /cancel.
registry-import-not-document = Отправьте реестр документом: файлом .xlsx или .csv. Чтобы остановить — /cancel.
registry-import-download-failed = Не удалось получить файл из Telegram. Попробуйте отправить его ещё раз.
registry-import-stopped = Загрузка реестра остановлена. Реестр не изменён.
registry-import-title-dry = 🔎 Результат проверки. Реестр пока не изменён.
registry-import-title-applied = ✅ Реестр обновлён.
registry-import-file = Файл: { $file }
registry-import-sheet = Лист: { $sheet }
registry-import-columns = Как прочитаны столбцы:
registry-import-column = «{ $header }» — { $field }
registry-import-column-ignored = «{ $header }» — не используется
registry-import-field-registryNo = номер в реестре
registry-import-field-region = регион
registry-import-field-nameKk = наименование на государственном языке
registry-import-field-nameRu = наименование на русском языке
registry-import-field-name = зарегистрированное наименование
registry-import-field-legalForm = организационно-правовая форма
registry-import-field-inProject = участие в проекте
registry-import-field-none = не используется
registry-import-rows = Прочитано строк: { $n }
registry-import-kind-added = Новые организации
registry-import-kind-renamed = Изменение наименования
registry-import-kind-named = Дополнение зарегистрированного наименования
registry-import-kind-moved = Перевод в другой регион
registry-import-kind-legal_form = Изменение правовой формы
registry-import-kind-left = Выход из проекта
registry-import-kind-returned = Возвращение в проект
registry-import-count = • { $label }: { $n }
registry-import-unchanged = • Без изменений: { $n }
registry-import-pilot-kept = • Пилотные 100 организаций записаны в реестре иначе, но не меняются: { $n }
registry-import-problems-title = Непрочитанные строки: { $n }
registry-import-problems-block = В файле есть непрочитанные строки, поэтому применить его нельзя. Исправьте их и отправьте файл снова.
registry-import-more = …полный список — в файле.
registry-import-nothing = В файле нет изменений: в реестре всё уже так.
registry-import-confirm-ask = Полный список изменений — в файле. Чтобы применить, нажмите «Применить».
registry-import-button-apply = ✅ Применить
registry-import-button-cancel = ✖️ Отменить
registry-import-cancelled = Отменено. Реестр не изменён.
registry-import-refused-changed = После проверки изменился реестр или файл, поэтому ничего не применено. Отправьте файл снова.
registry-import-refused-decided = Этот файл уже применён или отменён.
registry-import-refused-problems = В файле есть непрочитанные строки, поэтому ничего не применено.
registry-import-list-caption = Проверка реестра: { $file }
registry-import-line = Строка { $line }: { $reason }
registry-import-problem-registry_no_missing = нет номера в реестре
registry-import-problem-registry_no_invalid = «{ $value }» — не номер в реестре (нужно число до 12 цифр)
registry-import-problem-registry_no_duplicate = номер { $value } уже есть в строке { $firstLine }
registry-import-problem-region_missing = не указан регион
registry-import-problem-region_unknown = регион «{ $value }» не найден
registry-import-problem-region_outside_scope = регион «{ $value }» не входит в ваши полномочия
registry-import-problem-name_missing = нет наименования
registry-import-problem-name_too_long = наименование длиннее 300 символов
registry-import-problem-in_project_unknown = участие в проекте указано как «{ $value }»: напишите «да» или «нет»
registry-import-file-too_big = Файл слишком большой: допустимо не более { $maxMb } МБ. Реестр не изменён.
registry-import-file-not_spreadsheet = Это не таблица. Отправьте реестр файлом .xlsx или .csv. Реестр не изменён.
registry-import-file-old_xls = Это старый формат .xls. Сохраните файл в Excel как .xlsx и отправьте снова. Реестр не изменён.
registry-import-file-empty = В файле нет строк реестра. Реестр не изменён.
registry-import-file-wrong_sheet = Ни на одном листе не найдены столбцы реестра (листы: { $sheets }). Нужен лист, в первой строке которого заголовки: номер в реестре, регион, наименование. Реестр не изменён.
registry-import-file-missing_columns = В файле нет нужного столбца: { $columns }. Найденные заголовки: { $headers }. Реестр не изменён.
registry-import-file-too_many_rows = В файле слишком много строк: { $rows }, допустимо не более { $maxRows }. Реестр не изменён.
registry-import-sheet-changes = Изменения
registry-import-sheet-problems = Непрочитанные строки
registry-import-sheet-pilot = Пилотные организации
registry-import-sheet-columns = Столбцы
registry-import-col-line = Строка
registry-import-col-registry-no = № в реестре
registry-import-col-change = Изменение
registry-import-col-region-before = Регион (было)
registry-import-col-region-after = Регион (стало)
registry-import-col-name-before = Наименование (было)
registry-import-col-name-after = Наименование (стало)
registry-import-col-name-kk = Наименование на государственном языке
registry-import-col-name-ru = Наименование на русском языке
registry-import-col-legal-form = Организационно-правовая форма
registry-import-col-in-project = Участвует в проекте
registry-import-col-reason = Причина
registry-import-col-header = Заголовок в файле
registry-import-col-field = Как прочитан
registry-import-yes = да
registry-import-no = нет

## Invitation batches (every head's invitation at once: printable cards and a mail-merge table)
invite-batch-pdf-title = Персональные приглашения руководителям
invite-batch-pdf-empty = В этом пакете нет приглашений: во всех организациях руководитель уже зарегистрирован.
invite-batch-card-header = Персональное приглашение руководителю
invite-batch-card-step-1 = 1. Наведите камеру телефона на QR-код или откройте ссылку: в Telegram откроется бот проекта.
invite-batch-card-step-2 = 2. Нажмите «Подтвердить». Приглашение персональное и действует один раз: не передавайте его другим.
invite-batch-card-until = Действует до { $until } включительно
invite-batch-xlsx-sheet = Приглашения
invite-batch-xlsx-col-registry-no = № в реестре
invite-batch-xlsx-col-region = Регион
invite-batch-xlsx-col-name-kk = Наименование дошкольной организации на казахском языке
invite-batch-xlsx-col-name-ru = Наименование дошкольной организации на русском языке
invite-batch-xlsx-col-link = Ссылка-приглашение
invite-batch-xlsx-col-until = Действует до
invite-batch-button = ✉️ Пакет приглашений
invite-batch-button-country = ✉️ Приглашения: республика
invite-batch-button-confirm = ✅ Создать
invite-batch-button-cancel = Отмена
invite-batch-ask =
    Персональные приглашения руководителям. Охват: { $scope }.
    Организаций проекта без зарегистрированного руководителя: { $count }. Для каждой я создам одноразовую ссылку, действующую до { $until } включительно, и пришлю PDF для печати (карточка с QR-кодом и ссылкой для каждой организации) и таблицу .xlsx для рассылки.
    { $replaces ->
        [0] Неиспользованных ссылок прежних пакетов нет.
       *[other] Неиспользованные ссылки прежних пакетов ({ $replaces }) перестанут работать.
    }
    В организациях, где руководитель уже зарегистрирован, ничего не изменится. Создать?
invite-batch-none = Охват: { $scope }. Во всех организациях проекта руководитель уже зарегистрирован, приглашать некого.
invite-batch-cancelled = Приглашения не созданы, ничего не изменилось.
invite-batch-stale = Для этого охвата уже создан более новый пакет. Ничего не изменилось; при необходимости запросите пакет снова через /status.
invite-batch-working = Создаю приглашения…
invite-batch-done =
    Готово. Охват: { $scope }.
    Создано приглашений: { $count }; отключено прежних ссылок: { $replaced }. Действуют до { $until } включительно.
    Файлы пришлю следующими сообщениями (PDF: { $pdfs }, .xlsx: 1).
invite-batch-file-pdf = Карточки приглашений для печати. Охват: { $scope }. Карточек: { $count } (часть { $part } из { $parts }).
invite-batch-file-xlsx = Ссылки-приглашения для рассылки. Охват: { $scope }. Ссылок: { $count }. Действуют до { $until } включительно.
invite-batch-file-too-large = Файл больше 50 МБ, бот не может его отправить: { $file }. Запросите его у оператора (команда invite-batch).

## Data quality (flags beside the previous report)
quality-review-title = ⚠️ Проверьте данные (сравнение с предыдущим отчётом; ничего не изменено):
quality-children-jump = число детей в { $arm ->
    [ctl] контрольных
    *[exp] экспериментальных
} группах изменилось с { $before } до { $after } (на половину и больше)
quality-share-jump = доля детей с высоким уровнем в { $arm ->
    [ctl] контрольных
    *[exp] экспериментальных
} группах изменилась с { $before } % до { $after } % (на 40 п. п. и больше)
quality-same-as-previous = все показатели совпадают с предыдущим отчётом
quality-doc-title = Данные, требующие проверки (по сравнению с предыдущим отчётом организации; организаций: { $count }):
digest-weekly-quality = ⚠️ Данные, требующие проверки (по сравнению с предыдущим отчётом организации; ничего не изменено), организаций: { $count }:
