"""Settings declared once with defaults and labels, stored as JSON in the `settings` table."""

from dataclasses import dataclass

from models import audit
from models.people import access
from models.storage import codec


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    label: str          # English; the UI translates it
    label_zh: str
    choices: tuple = ()
    minimum: int | None = None
    maximum: int | None = None


DECLARED = {s.key: s for s in (
    Setting("language", "", "Language (empty: as the system)", "界面语言(空: 跟随系统)",
            choices=("", "zh", "en")),
    Setting("period_kind", "month", "Assessment period", "考核周期",
            choices=("month", "quarter", "year")),
    # 1 = calendar months; 26 = the 26th to the 25th (named after the month it ends in).
    Setting("period_start_day", 1, "First day of the period", "周期起始日", minimum=1, maximum=28),
    Setting("inspector_name", "", "Inspector's name", "检查人姓名"),
    # 值班长负责在绩效下发的5个工作日内…签字确认: the employee's deadline to sign, Mon–Fri only.
    Setting("ack_working_days", 5, "Working days for the employee to sign a form",
            "员工签字确认期限(工作日)", minimum=1, maximum=30),
    Setting("organisation", "", "Organisation (printed on the forms)", "单位名称(打印在考核表上)"),
    # The window locks after this many minutes without a key, mouse or touch; 0 = never.
    Setting("idle_lock_minutes", 10, "Lock the window after minutes idle (0: never)",
            "空闲多少分钟后锁定窗口(0: 从不)", minimum=0, maximum=480),
    # "" = the `backups` folder beside the database; a USB stick or a share may be chosen.
    Setting("backup_folder", "", "Backup folder (empty: beside the database)",
            "备份文件夹(空: 数据库旁的 backups)"),
    Setting("backup_keep_daily", 7, "Daily backups kept", "保留每日备份(天)",
            minimum=1, maximum=365),
    Setting("backup_keep_monthly", 12, "Monthly backups kept", "保留每月备份(月)",
            minimum=0, maximum=120),
)}


def _declared(key):
    try:
        return DECLARED[key]
    except KeyError:
        raise ValueError(f"unknown setting {key!r} (known: {', '.join(DECLARED)})") from None


def get(db, key):
    setting = _declared(key)
    row = db.execute("SELECT value_json FROM settings WHERE key = ?", (key,)).fetchone()
    return setting.default if row is None else codec.loads(row[0])


def put(db, key, value, *, by):
    access.require(by, "manage_settings")
    setting = _declared(key)
    _check(setting, value)
    with db.atomic():
        before = get(db, key)
        db.execute("INSERT INTO settings (key, value_json) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json",
                   (key, codec.dumps(value)))
        audit.record(db, actor=by, action="set", entity="setting", entity_id=None,
                     before={key: before}, after={key: value})


def put_many(db, values, *, by):
    """Save the settings of a form in one transaction: all of them or, when one is refused
    (ValueError) or the write fails, none. Only the changed ones are written and audited;
    returns them ({key: new value})."""
    access.require(by, "manage_settings")
    changed = {key: value for key, value in values.items() if get(db, key) != value}
    with db.atomic():
        for key, value in changed.items():
            put(db, key, value, by=by)
    return changed


def _check(setting, value):
    kind = type(setting.default)
    if type(value) is not kind:
        raise ValueError(f"setting {setting.key!r}: expected {kind.__name__}, got {value!r}")
    if setting.choices and value not in setting.choices:
        raise ValueError(f"setting {setting.key!r}: {value!r} is not one of "
                         f"{', '.join(repr(c) for c in setting.choices)}")
    if setting.minimum is not None and not setting.minimum <= value <= setting.maximum:
        raise ValueError(f"setting {setting.key!r}: {value} is outside "
                         f"{setting.minimum}–{setting.maximum}")
