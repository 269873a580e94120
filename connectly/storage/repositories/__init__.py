"""Repositories: take a Session, use 2.0-style select(), never commit; return domain dataclasses."""

from connectly.storage.repositories.bookmarks import BookmarkRepository
from connectly.storage.repositories.checkins import CheckInRepository
from connectly.storage.repositories.events import LifeEventRepository
from connectly.storage.repositories.partners import PartnerRepository
from connectly.storage.repositories.settings import SettingRepository
from connectly.storage.repositories.tags import TagRepository

__all__ = [
    "BookmarkRepository",
    "CheckInRepository",
    "LifeEventRepository",
    "PartnerRepository",
    "SettingRepository",
    "TagRepository",
]
