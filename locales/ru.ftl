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

    Чтобы подключиться как родитель, подтвердите согласие на обработку персональных данных: я сохраню ваше имя в Telegram и принадлежность к этому детскому саду, чтобы присылать советы и объявления. Данные используются только в пилотном проекте; удалить их можно в любой момент командой /leave.
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
join-problem-unknown = Такой ссылки или кода нет. Проверьте, правильно ли он введён, или попросите в детском саду новый.
join-problem-expired = Срок действия этого приглашения истёк. Попросите того, кто вас пригласил, прислать новое.
join-problem-used = Это приглашение уже использовано. Оно персональное и действует один раз; попросите новое.
join-problem-revoked = Эта ссылка больше не действует: детский сад выпустил новую. Попросите в детском саду актуальную ссылку или код.
join-problem-rate-limited = Слишком много неудачных попыток. Подождите 15 минут и попробуйте снова.
join-already = Вы уже зарегистрированы: { $membership }. Ничего не изменилось.
join-done =
    Готово! Вы зарегистрированы: { $membership }.

    Что я умею: /help
join-declined = Хорошо, ничего не сохранено.
join-code-prompt = Отправьте код детского сада — 8 знаков, например: /join ABCD-2345

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
