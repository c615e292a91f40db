-- Default reporting periods of the 2026 pilot (Asia/Almaty calendar days). The documents fix no
-- day-of-quarter deadlines; administrators change these with the CLI or the bot. Q4 is due on
-- 20 November so that regional departments can send their analytical reports by 30 November.
INSERT INTO "reporting_periods" ("year", "quarter", "opens_on", "due_on") VALUES
  (2026, 1, '2026-03-16', '2026-04-06'),
  (2026, 2, '2026-06-15', '2026-07-06'),
  (2026, 3, '2026-09-14', '2026-10-05'),
  (2026, 4, '2026-11-02', '2026-11-20')
ON CONFLICT ("year", "quarter") DO NOTHING;
