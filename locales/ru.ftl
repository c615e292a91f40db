## Language
language-first-prompt =
    Здравствуйте! Это бот пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу» («Приобщение к труду и профессии с раннего возраста»).
    Сәлеметсіз бе! Бұл — «Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасының боты.

    Выберите язык · Тілді таңдаңыз
language-prompt = На каком языке вам удобнее? Выберите:
language-chosen = Готово: теперь я пишу вам по-русски. Сменить язык можно командой /lang.
language-name-kk = қазақский
language-name-ru = русский

## Roles and scopes
role-head = Заведующая (руководитель детского сада)
role-parent = Родитель
role-methodologist = Методист
role-coordinator = Координатор
role-admin = Администратор проекта
membership-org = { $role } — { $organization }, { $region }
membership-region = { $role } — { $region }
membership-national = { $role } — вся республика
scope-national = вся республика

## Start
start-guest =
    Это бот пилотного проекта «Приобщение к труду и профессии с раннего возраста» Министерства просвещения. Через него детские сады, методисты и родители получают напоминания, советы и сдают отчёты.

    Как подключиться:
    • родителям — попросите в детском саду ссылку для родителей или код и отправьте код сюда (например, ABCD-2345);
    • заведующим, методистам и координаторам — откройте персональную ссылку-приглашение, которую вам прислали.

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
    Зачем: чтобы присылать советы и объявления пилотного проекта; больше ни для чего.
    Основание: Закон Республики Казахстан «О персональных данных и их защите».
    Отозвать согласие можно в любой момент командой /leave — данные будут удалены.
join-offer-head =
    Приглашение для заведующей детским садом:
    { $organization }
    { $region }

    Это ваша организация? Подтвердите, и я привяжу вас к ней.
join-offer-methodologist =
    Приглашение для методиста региона: { $region }.

    Подтвердите, и я привяжу вас к этому региону.
join-offer-coordinator-region =
    Приглашение для координатора региона: { $region }.

    Подтвердите, и я привяжу вас к этому региону.
join-offer-coordinator-national =
    Приглашение для координатора республиканского уровня (все регионы).

    Подтвердите, и я привяжу вас.
join-button-consent = ✅ Согласен(на), подключиться
join-button-confirm = ✅ Подтвердить
join-button-decline = Отмена
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

## Help and commands
help-title = Доступные вам команды:
help-cmd-start = Начало работы
help-cmd-help = Список команд
help-cmd-me = Мои данные: роль, организация, язык
help-cmd-lang = Сменить язык
help-cmd-join = Подключиться по коду детского сада
help-cmd-invite = Пригласить участника
help-cmd-parentlink = Ссылка и QR-код для родителей
help-cmd-leave = Выйти и удалить мои данные
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
leave-button-yes = Да, выйти и удалить данные
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
    Где: { $scope }
    Действует до { $until } включительно, один раз.

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
common-not-understood = Не понял сообщение. Доступные команды: /help
common-stale-button = Эта кнопка устарела. Начните заново с команды.
common-not-allowed = Извините, это действие недоступно для вашей роли.
common-error = Что-то пошло не так. Попробуйте ещё раз чуть позже.

## Reminders
reminder-button-open-report = 📝 Открыть отчёт
reminder-report-opened =
    Открыт приём отчётов за { $quarter }-й квартал { $year } года.
    Организация: { $organization }
    Отчёт нужно сдать до { $dueDate } включительно. Чтобы начать заполнение, нажмите кнопку ниже.
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
    { $organization }: срок сдачи отчёта за { $quarter }-й квартал { $year } года ({ $dueDate }) истёк, отчёт ещё не сдан. Просрочка — { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[other] { $days } дней
    }.
    Пожалуйста, сдайте отчёт как можно скорее.
reminder-report-overdue-methodologists =
    { $region }: детские сады, не сдавшие в срок ({ $dueDate }) отчёт за { $quarter }-й квартал { $year } года ({ $count }):
    { $organizations }
    Просим связаться с заведующими и помочь им сдать отчёт.

## Report
help-cmd-report = Квартальный отчёт
report-no-period = Сейчас нет открытого отчётного периода. Когда он откроется, я напомню.
report-already-accepted = Отчёт за этот период уже принят методистом — изменить его нельзя.
report-deadline-passed = Срок сдачи прошёл, а отчёт уже отправлен: изменить его можно, только если методист вернёт его на доработку.
report-busy = Этот отчёт сейчас заполняет { $editor }. Чтобы не затереть ответы друг друга, договоритесь между собой. Если коллега закончил, можно продолжить вместо него.
report-someone = ваш коллега
report-button-take-over = Продолжить вместо коллеги
report-taken-over = Отчёт продолжил заполнять { $editor }. Ваши ответы сохранены в черновике. Вернуться: /report
report-choose-organization = Отчёт какой организации вы заполняете?
report-resumed = Продолжаем с того места, где вы остановились. Все прежние ответы сохранены.
report-paused = Заполнение прервано, черновик сохранён. Продолжить: /report
report-question-position = Вопрос { $position } из { $total }
report-optional-mark = (необязательно)
report-current-answer = Сейчас указано: { $value }
report-returned-comment = 💬 Комментарий методиста: { $comment }
report-hint-integer = Введите целое число от { $min } до { $max }.
report-hint-text = Напишите ответ текстом (до { $max } знаков).
report-hint-multi = Отметьте все подходящие варианты и нажмите «Готово».
report-hint-photos = Пришлите до { $max } фото по одному, затем нажмите «Готово с фото». Прервать: /cancel
report-hint-choice = Выберите вариант кнопкой.
report-button-done = ✅ Готово
report-button-photos-done = ✅ Готово с фото
report-button-skip = Пропустить
report-button-submit = 📨 Отправить отчёт
report-button-resubmit = 📨 Отправить исправленный отчёт
report-photo-added = Фото { $count } из { $max } добавлено. Пришлите ещё или нажмите «Готово с фото».
report-value-unanswered = нет ответа
report-value-skipped = —
report-value-yes = Да
report-value-no = Нет
report-value-photos = { $count } фото
report-summary-title = Отчёт: { $organization }, { $year } год, { $quarter }-й квартал
report-summary-footer = Проверьте ответы. Чтобы изменить ответ, нажмите ✏️ с его номером; если всё верно — отправьте отчёт.
report-summary-use-buttons = Сейчас показана сводка. Чтобы изменить ответ, нажмите ✏️ с его номером, или отправьте отчёт кнопкой.
report-missing-before-submit = Чтобы отправить отчёт, не хватает ответов: { $count }. Продолжим с первого из них.
report-submitted = Отчёт отправлен (версия { $version }). Спасибо! До проверки методистом и до срока сдачи его можно изменить: /report
report-submitted-late = Отчёт отправлен после срока и отмечен как поздний (версия { $version }). Спасибо! Методист его проверит.
report-error-expected-number = Нужно число — напишите его цифрами.
report-error-not-a-number = Это не целое число. Напишите число цифрами, от { $min } до { $max }, например: 12
report-error-out-of-range = Число должно быть от { $min } до { $max }.
report-error-expected-text = Нужен ответ текстом.
report-error-too-long = Слишком длинно: { $length } знаков, а можно не больше { $max }. Сократите, пожалуйста.
report-error-use-buttons = Выберите ответ кнопкой под вопросом.
report-error-expected-photo = Здесь нужны фотографии (как фото, не файлом), не больше { $max }. Или нажмите «Готово с фото».
report-error-required = Этот вопрос обязательный — без ответа отчёт не отправить.
report-error-choose-at-least = Отметьте хотя бы { $min } вариант(а).
report-error-too-many-photos = Уже добавлено { $max } фото — это максимум.
report-error-unsupported-message = Такое сообщение не подходит как ответ на этот вопрос.

## Report form v1
form-v1-title = Квартальный отчёт об участии в пилотном проекте
form-v1-directions = Направления работы, выбранные в этом квартале (сферы профессий)
form-v1-direction-agriculture = Сельское хозяйство
form-v1-direction-construction = Строительство
form-v1-direction-medicine = Медицина и здоровье
form-v1-direction-transport = Транспорт
form-v1-direction-industry = Промышленность и производство
form-v1-direction-trade-services = Торговля и сфера услуг
form-v1-direction-education = Образование
form-v1-direction-culture-arts = Культура и искусство
form-v1-direction-digital = Цифровые технологии
form-v1-direction-household = Бытовой труд и самообслуживание
form-v1-activities = Сколько занятий на тему труда и профессий проведено с экспериментальными группами за квартал?
form-v1-activities-help = Считайте организованную учебную деятельность, игры-занятия и проекты по теме программы.
form-v1-meetings = Сколько проведено встреч с представителями профессий и экскурсий?
form-v1-parents = Сколько родителей участвовало в совместных мероприятиях?
form-v1-zones = Сколько новых зон или уголков предметно-развивающей среды создано за квартал?
form-v1-zones-help = Например: уголок «Юный строитель», мини-огород, игровая «Больница».
form-v1-zones-description = Кратко опишите новые зоны и уголки
form-v1-exp-high = Экспериментальные группы: сколько детей на высоком уровне по наблюдению навыков?
form-v1-exp-middle = Экспериментальные группы: сколько детей на среднем уровне?
form-v1-exp-low = Экспериментальные группы: сколько детей на низком уровне?
form-v1-ctl-high = Контрольные группы: сколько детей на высоком уровне по наблюдению навыков?
form-v1-ctl-middle = Контрольные группы: сколько детей на среднем уровне?
form-v1-ctl-low = Контрольные группы: сколько детей на низком уровне?
form-v1-rule-exp-sum = В экспериментальных группах { $expected } детей, а по уровням получилось { $actual }. Введите три числа заново, начиная с высокого уровня.
form-v1-rule-ctl-sum = В контрольных группах { $expected } детей, а по уровням получилось { $actual }. Введите три числа заново, начиная с высокого уровня.
form-v1-best-practice = Лучший опыт квартала: что получилось особенно хорошо?
form-v1-best-practice-help = Опишите занятие, проект или находку, которой стоит поделиться с другими детскими садами.
form-v1-best-practice-photos = Фотографии лучшего опыта
form-v1-difficulties = Трудности и риски, с которыми вы столкнулись
form-v1-help-topics = В чём нужна помощь методического центра?
form-v1-help-topic-environment = Предметно-развивающая среда
form-v1-help-topic-methods = Методика занятий
form-v1-help-topic-parents = Работа с родителями
form-v1-help-topic-monitoring = Наблюдение и оценка навыков
form-v1-help-topic-materials = Пособия и материалы
form-v1-help-text = Опишите, какая помощь нужна

## Groups
help-cmd-groups = Группы: экспериментальные и контрольные
groups-choose = Группы какого детского сада открыть? Выберите детский сад или регион.
groups-choose-organization = { $region }: выберите детский сад.
groups-title = { $organization } — группы, участвующие в проекте:
groups-empty = Пока не добавлено ни одной группы.
groups-line = { $index }. «{ $name }» · { $age } · { $children } { $children ->
        [one] ребёнок
        [few] ребёнка
       *[other] детей
    } · { $arm ->
        [experimental] Экспериментальная группа
       *[control] Контрольная группа
    } ({ $status })
groups-arm-confirmed = подтверждено методистом
groups-arm-unconfirmed = методист ещё не подтвердил
groups-totals = Всего детей: в экспериментальных группах — { $experimental }, в контрольных — { $control }.
groups-head-hint-empty = Добавьте группы, участвующие в проекте: они нужны для квартального отчёта и советов родителям.
groups-methodologist-hint = Подтвердите или измените для каждой группы, экспериментальная она или контрольная (● — текущая отметка).
groups-button-add = ➕ Добавить группу
groups-button-archive = 🗑 Убрать { $index }. «{ $name }»
groups-button-back = ◀ Список детских садов
groups-arm-experimental = Экспериментальная группа
groups-arm-control = Контрольная группа
groups-arm-short-experimental = экспериментальная
groups-arm-short-control = контрольная
groups-age-early = Группа раннего возраста (1–2 года)
groups-age-junior = Младшая группа (2–3 года)
groups-age-middle = Средняя группа (3–4 года)
groups-age-senior = Старшая группа (4–5 лет)
groups-age-preschool = Предшкольная группа (5–6 лет)
groups-ask-name =
    Добавляем новую группу — { $organization }.
    Напишите название группы (не больше { $max } символов), например: Солнышко.
    Чтобы прервать: /cancel
groups-ask-age = Для какого возраста группа «{ $name }»?
groups-ask-children = Сколько детей в группе? Напишите целое число от { $min } до { $max }.
groups-ask-arm =
    К какой группе сравнительного мониторинга она относится?
    Экспериментальная группа занимается по программе, контрольная — без программы.
groups-added = ✅ Группа «{ $name }» добавлена. Экспериментальная она или контрольная, подтвердит методист региона.
groups-name-not-text = Напишите название группы текстом.
groups-name-too-long = Название слишком длинное: { $length } { $length ->
        [one] символ
        [few] символа
       *[other] символов
    }, а можно не больше { $max }. Сократите его.
groups-name-taken = В этом детском саду уже есть группа «{ $name }». Напишите другое название.
groups-children-not-number = Напишите число детей цифрами, целым числом, например: 20.
groups-children-out-of-range = Число детей должно быть от { $min } до { $max }.
groups-use-buttons = Выберите ответ кнопками под вопросом.
groups-archive-confirm = Убрать группу «{ $name }» из проекта? Данные в уже сданных отчётах сохранятся.
groups-archive-yes = Да, убрать
groups-archive-no = Нет, оставить
groups-archived = Группа «{ $name }» убрана из проекта.
groups-arm-confirmed-alert = «{ $name }»: { $arm ->
        [experimental] экспериментальная
       *[control] контрольная
    } группа — подтверждено.
groups-arm-changed-alert = «{ $name }» теперь { $arm ->
        [experimental] экспериментальная
       *[control] контрольная
    } группа.

## Periods
help-cmd-periods = Отчётные периоды
periods-title = Отчётные периоды (даты по времени Казахстана):
periods-line = { $year } год, { $quarter } квартал: { $opens } – { $due }
periods-line-open = { $year } год, { $quarter } квартал: { $opens } – { $due } (сейчас открыт)
periods-empty = Пока не задано ни одного периода.
periods-usage = Чтобы задать или изменить период: /setperiod <год> <квартал> <дата открытия> <срок сдачи>, например: /setperiod 2027 1 2027-03-15 2027-04-05 (даты в формате ГГГГ-ММ-ДД).
periods-invalid = Команда написана неверно: { $reason }
periods-error-arguments = нужны четыре значения — год, квартал, дата открытия и срок сдачи.
periods-error-year = год должен быть числом от 2020 до 2100.
periods-error-quarter = квартал должен быть 1, 2, 3 или 4.
periods-error-date = «{ $value }» — не настоящая дата в формате ГГГГ-ММ-ДД.
periods-error-order = дата открытия не может быть позже срока сдачи.
periods-created = ✅ Период { $quarter }-го квартала { $year } года добавлен: { $opens } – { $due }.
periods-updated = ✅ Даты периода { $quarter }-го квартала { $year } года изменены: { $opens } – { $due }.

## Conversations
conversation-cancelled = Прервано. Если нужно, начните заново с команды.
conversation-busy = Сначала закончите начатое: ответьте на вопрос выше или отправьте /cancel, чтобы прервать.
conversation-stale-button = Эта кнопка из старого сообщения. Ответьте на последний вопрос.

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
review-accepted = Отчёт принят: { $organization }. Заведующая получит уведомление.
review-return-choose-fields =
    Возврат отчёта: { $organization }.
    Отметьте номера вопросов, которые нужно исправить, и нажмите «Далее». Прервать: /cancel
review-return-button-next = Далее ➡️
review-return-choose-one = Отметьте хотя бы один вопрос.
review-return-use-buttons = Отметьте вопросы кнопками под списком.
review-return-ask-comment = Комментарий к вопросу «{ $field }» — что исправить? (до { $max } знаков)
review-return-comment-not-text = Напишите комментарий текстом.
review-return-comment-too-long = Слишком длинно: { $length } знаков, можно не больше { $max }.
review-returned = Отчёт возвращён на доработку: { $organization }. Вопросов с комментариями: { $count }. Заведующая получит уведомление.
review-notice-accepted = ✅ Методист принял отчёт «{ $organization }» за { $year } год, { $quarter }-й квартал. Спасибо!
review-notice-returned = ↩️ Методист вернул отчёт «{ $organization }» за { $year } год, { $quarter }-й квартал на доработку. Вопросов с комментариями: { $count }. Откройте отчёт — я проведу вас только по ним.
report-button-open-report = 📝 Открыть отчёт

## Weekly activities (tips)
help-cmd-tip = Занятие этой недели для семьи
help-cmd-tips = Еженедельные советы: настройки, показатели
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
tips-not-parent = Еженедельные советы — для родителей. Чтобы подключиться к детскому саду как родитель, отправьте код, который дал детский сад.
tips-none-no-child = Советы подбираются по группе ребёнка. Сначала укажите, в какую группу ходит ваш ребёнок.
tips-none-yet = Советов пока не было. Первый придёт в выбранный день: { $day }, в { $hour }:00 (время Астаны).
tips-weekday-1 = понедельник
tips-weekday-2 = вторник
tips-weekday-3 = среда
tips-weekday-4 = четверг
tips-weekday-5 = пятница
tips-weekday-6 = суббота
tips-weekday-7 = воскресенье
tips-settings-on = Еженедельные советы включены. День: { $day }, время: { $hour }:00 по Астане.
tips-settings-off = Еженедельные советы приостановлены. Чтобы включить снова, нажмите кнопку ниже или отправьте /tips on.
tips-button-pause = ⏸ Приостановить
tips-button-resume = ▶️ Включить снова
tips-button-day = 📅 Изменить день
tips-button-hour = 🕙 Изменить время
tips-choose-day = В какой день недели присылать совет?
tips-choose-hour = В котором часу присылать совет? (время Астаны)
tips-head-title = { $organization }: еженедельные советы родителям
tips-head-no-groups = Группы, участвующие в проекте, ещё не внесены (/groups).
tips-head-group = • { $group } ({ $arm }): родителей — { $parents }, отправлено — { $sent }, сделали — { $done }, слишком сложно — { $tooHard }
tips-region-lifted = { $region }: советы получают и родители детей из контрольных групп (ограничение снято).
tips-region-restricted = { $region }: советы получают только родители детей из экспериментальных групп. Чтобы результаты можно было корректно сравнить, родители детей из контрольных групп не получают их до конца проекта. Снимайте ограничение только после завершения проекта.
tips-region-liked = Занятия, которые родители выполняли чаще всего (сколько раз):
tips-button-lift = Открыть и контрольным
tips-button-restrict = Вернуть ограничение
tips-lift-done = Готово: со следующей недели советы получают и родители детей из контрольных групп.
tips-restrict-done = Готово: советы снова получают только родители детей из экспериментальных групп.
tips-feedback-thanks = Спасибо, ответ сохранён.
tips-feedback-week-over = Неделя для этого совета уже прошла: ответить или изменить ответ нельзя.
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
child-saved-control = Сохранено: { $group }. Эта группа — контрольная в сравнительном мониторинге, поэтому во время проекта еженедельные советы не присылаются. После окончания проекта советы могут начать приходить и вам.
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

## Status and digest
help-cmd-status = Сводка: отчёты, участники, навыки
help-cmd-digest = Еженедельная сводка: вкл. или выкл.
status-not-allowed = Сводка доступна руководителям детских садов, методистам и координаторам проекта.
status-no-periods = Отчётные периоды ещё не заданы.
status-choose = Выберите регион или детский сад:
status-period = { $quarter }-й квартал { $year } года · срок сдачи — { $due }
status-title-country = 📊 Вся страна
status-title-region = 📊 { $region }
status-hint-drill-down = Нажмите на регион, чтобы увидеть его детские сады.
status-no-kindergartens = В регионе нет детских садов проекта.
status-kindergartens-page = Детские сады { $from }–{ $to } из { $total } (страница { $page } из { $pages }), сначала те, что требуют внимания:
status-button-period = { $quarter } кв. { $year }
status-button-previous-page = ◀ Назад
status-button-next-page = Дальше ▶
status-button-country = ⬆ Вся страна
status-reports-title = Отчёты, всего детских садов: { $total }
status-reports-accepted = { $n } ✅ принято
status-reports-submitted = { $n } 📨 на проверке
status-reports-returned = { $n } ↩️ возвращено на доработку
status-reports-in-progress = { $n } ✏️ заполняется
status-reports-not-started = { $n } ▫️ не начато
status-reports-overdue = { $n } ⏰ просрочено
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
    [one] экспериментальная
   *[other] экспериментальных
}, детей: { $children }
status-groups-control = { $groups } { $groupCount ->
    [one] контрольная
   *[other] контрольных
}, детей: { $children }
status-skills-title = Навыки детей по итогам наблюдения (высокий · средний · низкий):
status-skills-none = Данных пока нет: уровни навыков указывают в отчётах I и IV кварталов.
status-skills-experimental = эксп.: { $high } · { $middle } · { $low } (отчётов: { $kindergartens })
status-skills-control = контр.: { $high } · { $middle } · { $low } (отчётов: { $kindergartens })
status-skills-change-experimental = Высокий уровень в экспериментальных группах с I квартала: { $change } п. п. (детских садов, сдавших оба отчёта: { $kindergartens })
status-skills-change-control = Высокий уровень в контрольных группах с I квартала: { $change } п. п. (детских садов, сдавших оба отчёта: { $kindergartens })
status-attention-title = ⚠️ Требует внимания:
status-attention-none = 👍 Ничего не требует внимания.
status-attention-overdue = ⏰ отчёт просрочен: { $count }
status-attention-no-head = 👤 нет руководителя в боте: { $count }
status-attention-heads-unreachable = 📵 руководитель недоступен: { $count }
status-attention-returned = ↩️ возвращён и не сдан повторно: { $count }
status-legend-regions = Сдано/всего · ⏰ просрочено · ⚠️ требует внимания · регион
status-region-line = { $handed }/{ $all } ⏰{ $overdue } ⚠️{ $flagged } { $name }
status-legend-kindergartens = ✅ принят · 📨 на проверке · ↩️ возвращён · ✏️ заполняется · ▫️ не начат · ⏰ просрочен · 👤 нет руководителя · 📵 руководитель недоступен
status-card-report-accepted = Отчёт: ✅ принят
status-card-report-submitted = Отчёт: 📨 сдан, его проверяет методист
status-card-report-returned = Отчёт: ↩️ возвращён на доработку
status-card-report-in-progress = Отчёт: ✏️ заполняется
status-card-report-not-started = Отчёт: ▫️ ещё не начат
status-card-due = Срок сдачи — { $due }.
status-card-overdue = ⏰ Срок прошёл, а отчёт не сдан. Открыть отчёт: /report
status-card-late = 🐢 Сдан с опозданием.
status-card-missing = Ещё без ответа, вопросов: { $count }
status-card-returned-fields = Вопросы, которые методист вернул с комментариями: { $count }
status-compare-title = Ваши цифры рядом с регионом и страной (медиана, от–до):
status-compare-none = Сравнивать пока не с чем: в этом квартале ещё нет сданных отчётов.
status-compare-activities = Занятия: у вас { $own } · регион { $regionMedian } ({ $regionMin }–{ $regionMax }) · страна { $countryMedian } ({ $countryMin }–{ $countryMax })
status-compare-meetings = Встречи и экскурсии: у вас { $own } · регион { $regionMedian } ({ $regionMin }–{ $regionMax }) · страна { $countryMedian } ({ $countryMin }–{ $countryMax })
status-compare-parents = Родители на мероприятиях: у вас { $own } · регион { $regionMedian } ({ $regionMin }–{ $regionMax }) · страна { $countryMedian } ({ $countryMin }–{ $countryMax })
status-compare-exp-high = Высокий уровень в экспериментальных группах, %: у вас { $own } · регион { $regionMedian } ({ $regionMin }–{ $regionMax }) · страна { $countryMedian } ({ $countryMin }–{ $countryMax })
status-compare-ctl-high = Высокий уровень в контрольных группах, %: у вас { $own } · регион { $regionMedian } ({ $regionMin }–{ $regionMax }) · страна { $countryMedian } ({ $countryMin }–{ $countryMax })
digest-not-allowed = Еженедельную сводку получают координаторы и методисты проекта.
digest-state-on = Еженедельная сводка включена: она приходит по понедельникам. Отключить: /digest off
digest-state-off = Еженедельная сводка отключена. Включить: /digest on
digest-usage = Напишите /digest off, чтобы отключить еженедельную сводку, или /digest on, чтобы включить её.
digest-switched-on = Готово: еженедельная сводка включена.
digest-already-on = Еженедельная сводка уже включена.
digest-switched-off = Готово: еженедельная сводка отключена. Включить снова: /digest on
digest-already-off = Еженедельная сводка уже отключена.
digest-weekly-title = 📬 Сводка недели: { $scope }
digest-weekly-country = вся страна
digest-weekly-no-overdue = Просроченных отчётов нет.
digest-weekly-overdue-regions = ⏰ Просрочено отчётов: { $count }. По регионам:
digest-weekly-overdue-kindergartens = ⏰ Не сдали отчёт в срок ({ $count }), со срока прошло { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}:
digest-weekly-drill-down = Подробнее — /status: страна → регион → детский сад, там же прошлые кварталы.
digest-weekly-switch-off = Сводка не нужна? /digest off
digest-weekly-part = { $body }
digest-weekly-button-status = 📊 Открыть сводку
