"""The Qt front end: widgets, the counter controller, dialogs. The only layer (with
app.py) that imports PySide6 or qasync."""
