"""The SQLite store: schema, migrations, repositories. Nothing else in the app writes SQL."""
