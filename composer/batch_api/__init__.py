"""`thankyou batch --batch-api`: the letters drafted through the provider's Batch API.

Each round writes one JSONL line per letter still to draft (`custom_id` naming the notes file
and the interviewer), uploads it (`purpose=batch`), creates a batch for /v1/chat/completions,
polls it, then downloads the output and error files. Every letter is checked; those that break
a rule (or repeat another letter of their panel) go into the next round as a re-ask, with their
problems, until they pass or `max_attempts` drafts are spent. Then the letters and the summary
are written as `thankyou batch` writes them.

Everything the run knows lives in OUT/.thankyou-batch-api.json, written before and after every
step that talks to the service (the batch id the moment the batch exists), so a run stopped at
any point is picked up by `resume_batch_api` without drafting a letter twice; `cancel_batch_api`
cancels the batch in flight.
"""

from composer.batch_api.rounds import cancel_batch_api, resume_batch_api, start_batch_api
from composer.batch_api.service import Poll
from composer.batch_api.state import STATE

__all__ = ["STATE", "Poll", "cancel_batch_api", "resume_batch_api", "start_batch_api"]
