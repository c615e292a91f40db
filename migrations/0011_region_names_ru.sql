-- Russian region names in one official style, with no Kazakh letters (the registry seed, 0001,
-- had «Абайская область» beside «Область Ұлытау»). The seed source scripts/data/organizations.csv
-- carries the same names.
UPDATE "regions" SET "name_ru" = 'Область Абай' WHERE "code" = 'abai';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Акмолинская область' WHERE "code" = 'akmola';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Актюбинская область' WHERE "code" = 'aktobe';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Алматинская область' WHERE "code" = 'almaty-region';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Атырауская область' WHERE "code" = 'atyrau';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Западно-Казахстанская область' WHERE "code" = 'west-kazakhstan';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Жамбылская область' WHERE "code" = 'zhambyl';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Область Жетысу' WHERE "code" = 'zhetisu';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Карагандинская область' WHERE "code" = 'karaganda';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Костанайская область' WHERE "code" = 'kostanay';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Кызылординская область' WHERE "code" = 'kyzylorda';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Мангистауская область' WHERE "code" = 'mangystau';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Павлодарская область' WHERE "code" = 'pavlodar';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Северо-Казахстанская область' WHERE "code" = 'north-kazakhstan';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Туркестанская область' WHERE "code" = 'turkistan';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Область Улытау' WHERE "code" = 'ulytau';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Восточно-Казахстанская область' WHERE "code" = 'east-kazakhstan';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Город Астана' WHERE "code" = 'astana';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Город Алматы' WHERE "code" = 'almaty';
--> statement-breakpoint
UPDATE "regions" SET "name_ru" = 'Город Шымкент' WHERE "code" = 'shymkent';
