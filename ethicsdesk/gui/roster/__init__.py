"""The roster tab (ทำเนียบ): committee details, seats, people and their attendance."""
