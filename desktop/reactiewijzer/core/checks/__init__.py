"""Coded checks: what the rule files cannot express. Each takes a DraftContext."""

from reactiewijzer.core.checks import (
    abbreviations,
    accessibility,
    broadcast,
    emotion,
    engagement,
    officialese,
    personal_data,
    placeholders,
    platform,
    readability,
    tone,
    voice,
)
from reactiewijzer.core.checks.base import Check

# Order does not matter: the engine sorts findings by position.
CHECKS: tuple[Check, ...] = (
    tone.check_sign_off,
    tone.check_greeting_by_name,
    tone.check_register,
    voice.check_passive,
    voice.check_organisation_voice,
    voice.check_impersonal,
    broadcast.check_link_only,
    broadcast.check_invitation,
    broadcast.check_referral_only,
    broadcast.check_questions_answered,
    broadcast.check_ignores_person,
    engagement.check_reachability,
    engagement.check_elsewhere,
    engagement.check_offline_route,
    engagement.check_input_follow_up,
    placeholders.check_placeholders,
    personal_data.check_phone_numbers,
    personal_data.check_email,
    personal_data.check_bsn_iban,
    personal_data.check_full_names,
    emotion.check_emotional_words,
    readability.check_sentence_length,
    readability.check_hard_words,
    officialese.check_officialese,
    officialese.check_rare_words,
    abbreviations.check_abbreviations,
    platform.check_length,
    accessibility.check_hashtags,
    accessibility.check_emoji_runs,
    accessibility.check_emoji_as_words,
    accessibility.check_decorative_letters,
    accessibility.check_capitals,
    accessibility.check_url_shorteners,
    accessibility.check_alt_text,
)

__all__ = ["CHECKS"]
