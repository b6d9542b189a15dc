"""The verdict sets are tested numbers: eval/verdict_dev.yaml must stay all right, and the two probes
written by readers who did not see the code must not fall below the figures in eval/conditions.yaml
(the same expectations scripts/reproduce.py checks; graph only, no index needed)."""
from pathlib import Path

import pytest
import yaml

from .conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def _expected() -> dict[str, float]:
    conditions = yaml.safe_load((ROOT / "eval" / "conditions.yaml").read_text(encoding="utf-8"))
    out = {}
    for c in conditions["conditions"]:
        command = c["command"]
        if "--verdicts" in command:
            name = command[command.index("--verdict-set") + 1] if "--verdict-set" in command else "verdict_dev.yaml"
            out[name] = c["expect"]["verdict_accuracy"] - conditions["tolerance"]
    return out


@pytest.mark.parametrize("name", ["verdict_dev.yaml", "verdict_probe.yaml", "verdict_probe2.yaml", "verdict_probe3.yaml",
                                  "verdict_probe4.yaml", "verdict_agencies.yaml", "verdict_police_words.yaml",
                                  "verdict_probe5.yaml", "verdict_uncovered.yaml", "verdict_uncovered2.yaml", "verdict_traps.yaml",
                                  "verdict_traps_common.yaml", "verdict_traps_common2.yaml", "verdict_traps_rest.yaml",
                                  "verdict_traps_accounts.yaml", "verdict_probe6.yaml",
                                  "verdict_traps_spoken.yaml", "verdict_traps_uncovered.yaml", "verdict_probe7.yaml",
                                  "verdict_traps_units.yaml", "verdict_traps_rest2.yaml", "verdict_traps_records.yaml",
                                  "verdict_traps_documents.yaml", "verdict_traps_spoken2.yaml", "verdict_traps_judgments.yaml",
                                  "verdict_traps_judgments2.yaml", "verdict_probe8.yaml", "verdict_traps_forms.yaml",
                                  "verdict_traps_rest3.yaml", "verdict_traps_reports.yaml", "verdict_traps_spoken3.yaml",
                                  "verdict_traps_whose.yaml", "verdict_traps_records2.yaml", "verdict_traps_documents2.yaml",
                                  "verdict_traps_dates.yaml", "verdict_traps_mixed.yaml", "verdict_traps_judgments3.yaml",
                                  "verdict_traps_documents3.yaml", "verdict_traps_judgments4.yaml",
                                  "verdict_traps_minutes.yaml", "verdict_traps_procuratorate.yaml",
                                  "verdict_traps_cases.yaml", "verdict_traps_tables.yaml", "verdict_traps_records3.yaml",
                                  "verdict_traps_judgments5.yaml", "verdict_traps_minutes2.yaml", "verdict_traps_letters.yaml",
                                  "verdict_traps_judgments6.yaml", "verdict_traps_mixed2.yaml", "verdict_probe9.yaml",
                                  "verdict_traps_transfers.yaml", "verdict_traps_hotline.yaml",
                                  "verdict_traps_hearings.yaml", "verdict_traps_appeals.yaml", "verdict_traps_expert.yaml",
                                  "verdict_traps_review.yaml", "verdict_traps_penalty_files.yaml", "verdict_traps_several.yaml",
                                  "verdict_traps_figures.yaml", "verdict_traps_requests.yaml", "verdict_traps_timelines.yaml",
                                  "verdict_traps_training.yaml", "verdict_traps_chats.yaml", "verdict_traps_onsite.yaml",
                                  "verdict_traps_supervision.yaml", "verdict_traps_typed.yaml", "verdict_traps_defence.yaml",
                                  "verdict_traps_consultations.yaml", "verdict_traps_audits.yaml", "verdict_traps_platform.yaml",
                                  "verdict_traps_notices.yaml", "verdict_traps_foreign.yaml", "verdict_traps_checklists.yaml",
                                  "verdict_traps_batches.yaml", "verdict_traps_drafts.yaml", "verdict_traps_threads.yaml",
                                  "verdict_traps_memos.yaml", "verdict_traps_notes.yaml", "verdict_traps_traditional.yaml",
                                  "verdict_traps_outlines.yaml", "verdict_traps_bilingual.yaml", "verdict_traps_exports.yaml",
                                  "verdict_traps_markdown.yaml", "verdict_traps_relative.yaml", "verdict_traps_referents.yaml",
                                  "verdict_traps_calendars.yaml", "verdict_traps_money_flows.yaml",
                                  "verdict_traps_evidence_lists.yaml", "verdict_traps_limits.yaml",
                                  "verdict_traps_kinds.yaml", "verdict_traps_unfinished.yaml",
                                  "verdict_traps_negation.yaml", "verdict_traps_neighbours.yaml",
                                  "verdict_traps_law_changes.yaml",
                                  "verdict_traps_computed.yaml", "verdict_traps_lowering.yaml",
                                  "verdict_traps_harm_counts.yaml", "verdict_traps_companies.yaml",
                                  "verdict_traps_mental.yaml", "verdict_traps_kinds_named.yaml",
                                  "verdict_traps_tests.yaml", "verdict_traps_places.yaml",
                                  "verdict_traps_repeats.yaml",
                                  "verdict_traps_containers.yaml", "verdict_traps_victims.yaml",
                                  "verdict_traps_accomplices.yaml",
                                  "verdict_traps_stages.yaml", "verdict_traps_after_act.yaml",
                                  "verdict_traps_valuation.yaml",
                                  "verdict_traps_together.yaml", "verdict_traps_actors.yaml",
                                  "verdict_traps_causation.yaml",
                                  "verdict_traps_money_measures.yaml", "verdict_traps_exemptions.yaml",
                                  "verdict_traps_purposes.yaml",
                                  "verdict_traps_head_counts.yaml", "verdict_traps_qualitative.yaml",
                                  "verdict_traps_durations.yaml",
                                  "verdict_traps_ratios.yaml",
                                  "verdict_traps_approximations.yaml",
                                  "verdict_traps_combining.yaml",
                                  "verdict_traps_lawful_parts.yaml",
                                  "verdict_traps_chains.yaml",
                                  "verdict_traps_definitions.yaml",
                                  "verdict_traps_silences.yaml",
                                  "verdict_traps_mixed_lists.yaml",
                                  "verdict_traps_per_item.yaml",
                                  "verdict_traps_findings.yaml",
                                  "verdict_traps_firms.yaml",
                                  "verdict_traps_samples.yaml",
                                  "verdict_traps_double_counting.yaml",
                                  "verdict_traps_knowledge_timing.yaml",
                                  "verdict_traps_deeming.yaml",
                                  "verdict_traps_added_texts.yaml", "verdict_traps_police_assault.yaml",
                                  "verdict_traps_public_facilities.yaml", "verdict_traps_dereliction.yaml",
                                  "verdict_traps_dereliction2.yaml", "verdict_traps_judicial.yaml",
                                  "verdict_traps_duty_detention.yaml", "verdict_traps_computer_currency.yaml",
                                  "verdict_traps_vice.yaml", "verdict_traps_border.yaml",
                                  "verdict_traps_drugs.yaml", "verdict_traps_weapons.yaml",
                                  "verdict_traps_custody.yaml", "verdict_traps_officers_duty.yaml", "verdict_traps_company.yaml",
                                  "verdict_traps_invoices_tickets.yaml", "verdict_traps_public_order.yaml",
                                  "verdict_traps_relics_military.yaml", "verdict_traps_judicial_duty.yaml",
                                  "verdict_traps_secrets_inspection.yaml", "verdict_traps_disclosure_waste.yaml",
                                  "verdict_traps_cards_tools.yaml", "verdict_traps_military_order.yaml",
                                  "verdict_traps_forced_smuggling.yaml", "verdict_traps_wartime_duty.yaml",
                                  "verdict_traps_wartime_papers.yaml", "verdict_traps_land_blood.yaml",
                                  "verdict_traps_relics_rail.yaml", "verdict_traps_epidemic_tax.yaml",
                                  "verdict_traps_police_kit.yaml", "verdict_traps_guns_computers.yaml",
                                  "verdict_traps_notes_smuggling.yaml", "verdict_traps_invoices_recruits.yaml",
                                  "verdict_traps_detention_duty.yaml", "verdict_traps_uniforms_quarantine.yaml",
                                  "verdict_traps_radio_crowds.yaml", "verdict_traps_wartime_deserters.yaml",
                                  "verdict_traps_draft_rescue.yaml", "verdict_traps_judges_inspectors.yaml",
                                  "verdict_traps_land_custody.yaml", "verdict_traps_waste_diseases.yaml",
                                  "verdict_traps_mail_tickets.yaml", "verdict_traps_blood_border.yaml",
                                  "verdict_traps_minors_drugs.yaml", "verdict_traps_smuggled_money.yaml",
                                  "verdict_traps_invoices_relics.yaml", "verdict_traps_elections_secrets.yaml",
                                  "verdict_traps_shows_tools.yaml",
                                  "verdict_probe10.yaml", "verdict_probe11.yaml", "verdict_probe12.yaml", "verdict_probe13.yaml",
                                  "verdict_probe14.yaml", "verdict_probe15.yaml", "verdict_probe16.yaml", "verdict_probe17.yaml", "verdict_probe18.yaml",
                                  "verdict_probe19.yaml", "verdict_probe20.yaml", "verdict_probe21.yaml",
                                  "verdict_probe22.yaml", "verdict_probe23.yaml", "verdict_probe24.yaml",
                                  "verdict_probe25.yaml", "verdict_probe26.yaml", "verdict_probe27.yaml",
                                  "verdict_probe28.yaml", "verdict_probe29.yaml", "verdict_probe30.yaml",
                                  "verdict_probe31.yaml", "verdict_probe32.yaml", "verdict_probe33.yaml",
                                  "verdict_probe34.yaml", "verdict_probe35.yaml", "verdict_probe36.yaml"])
def test_verdict_set_holds_its_floor(name):
    floors = _expected()
    assert name in floors, "every verdict set is a reproduce condition"
    items = yaml.safe_load((ROOT / "eval" / name).read_text(encoding="utf-8"))
    result = load_script("eval_consult").evaluate_verdicts(items, ROOT / "corpus")
    assert result["verdict_accuracy"] >= floors[name], result["wrong"]
