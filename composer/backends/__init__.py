"""Backends write drafts: the built-in offline composer, or a model behind an OpenAI-style API."""
