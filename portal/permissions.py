"""Page permission testers for structural pages (county home, town pages).

Town editors hold add/change/publish on their town's subtree, which by Wagtail's design
includes the town page itself. The town page is structure, not content: only county staff may
delete, move, copy, unpublish or lock it. Every admin route (buttons, bulk actions, API)
consults this tester.
"""

from wagtail.models import PagePermissionTester

from .rules import is_county_staff


class StructuralPagePermissionTester(PagePermissionTester):
    def _county(self):
        return is_county_staff(self.user)

    def can_delete(self, ignore_bulk=False):
        return self._county() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return self._county() and super().can_unpublish()

    def can_move(self):
        return self._county() and super().can_move()

    def can_move_to(self, destination):
        return self._county() and super().can_move_to(destination)

    def can_copy(self):
        return self._county() and super().can_copy()

    def can_copy_to(self, destination, recursive=False):
        return self._county() and super().can_copy_to(destination, recursive=recursive)

    def can_lock(self):
        return self._county() and super().can_lock()
