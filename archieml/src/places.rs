//! Where a value was written: code unit offsets turned into lines and columns.

use crate::Place;

/// Code unit offsets to lines and columns (in characters): a line ends at `\n`, `\r\n` or `\r`.
pub(crate) struct Places {
    /// Where each line starts, in code units.
    starts: Vec<usize>,
    text: Vec<u16>,
}

impl Places {
    pub(crate) fn new(text: &[u16]) -> Places {
        let mut starts = vec![0];
        for (at, &unit) in text.iter().enumerate() {
            let ends_line = unit == 0x0A || (unit == 0x0D && text.get(at + 1) != Some(&0x0A));
            if ends_line {
                starts.push(at + 1);
            }
        }
        Places {
            starts,
            text: text.to_vec(),
        }
    }

    pub(crate) fn of(&self, at: usize) -> Place {
        let line = self.starts.partition_point(|&start| start <= at).max(1);
        let start = self.starts[line - 1];
        let before = &self.text[start..at.min(self.text.len()).max(start)];
        // A character outside the Basic Multilingual Plane is two code units and one column.
        let column = before
            .iter()
            .filter(|&&unit| !(0xDC00..=0xDFFF).contains(&unit))
            .count()
            + 1;
        Place { line, column }
    }
}
