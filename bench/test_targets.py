#!/usr/bin/env python3
"""Checks of bench/targets.py, the targets table's logic (outside `swift test`: python3 bench/test_targets.py)."""
import os, sys, unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import targets  # noqa: E402


class TargetsTests(unittest.TestCase):
    def test_met_reads_each_comparison(self):
        self.assertTrue(targets.met(1.5, "<= 1.5×"))
        self.assertFalse(targets.met(1.51, "<= 1.5×"))
        self.assertTrue(targets.met(0.09, "< 0.1 ms"))
        self.assertFalse(targets.met(0.1, "< 0.1 ms"))
        self.assertTrue(targets.met(2.0, ">= 2x"))
        self.assertFalse(targets.met(1.99, "≥ 2×"))
        self.assertIsNone(targets.met(3.0, "reported"))
        self.assertIsNone(targets.met(None, "<= 1×"))
        self.assertIsNone(targets.met(float("nan"), "<= 1×"))

    def test_ratio_rows_compare_the_ratio_value_rows_the_value(self):
        r = targets.row("batch", 0.9, "s", "<= 1.5×", 0.3, "ratio")
        self.assertAlmostEqual(r["ratio"], 3.0)
        self.assertFalse(r["met"])
        r = targets.row("cli", 9.5, "ms", "<= 10 ms")
        self.assertIsNone(r["ratio"])
        self.assertTrue(r["met"])
        # Articles/s: higher is better, the ratio is value over baseline.
        r = targets.row("index", 1600, "/s", ">= 2×", 766, "ratio")
        self.assertTrue(r["met"])
        r = targets.row("no baseline", 1.0, "ms", "<= 1×", None, "ratio")
        self.assertIsNone(r["ratio"])
        self.assertIsNone(r["met"])

    def test_markdown_has_one_line_per_row_and_the_verdicts(self):
        rows = [targets.row("a", 0.05, "ms", "< 0.1 ms"), targets.row("b", 2.0, "s", "<= 1.5×", 1.0, "ratio"),
                {"measure": "tagging: 50 MB", "value": 20.0, "unit": "s", "baseline": None, "ratio": None,
                 "target": "<= 25 s", "met": True}]
        text = targets.markdown(rows, ["header"])
        lines = text.splitlines()
        self.assertEqual(lines[0], "header")
        self.assertEqual(len([l for l in lines if l.startswith("| ")]), 1 + len(rows))
        self.assertIn("| a | 0.050 ms | — |  | < 0.1 ms | **yes** |", text)
        self.assertIn("| b | 2.00 s | 1.00 s | 2.00× | <= 1.5× | **no** |", text)

    def test_machine_names_cores_cpu_and_memory(self):
        m = targets.machine()
        self.assertGreaterEqual(m["nproc"], 1)
        self.assertTrue(m["cpu"])
        self.assertIn("cores", targets.describe(m))


if __name__ == "__main__":
    unittest.main()
