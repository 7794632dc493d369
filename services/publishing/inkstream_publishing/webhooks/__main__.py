from inkstream_publishing.webhooks.cli import app

app()
