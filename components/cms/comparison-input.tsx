"use client";

import { ActionButton } from "@keystar/ui/button";
import { FieldMessage } from "@keystar/ui/field";
import { Grid, VStack } from "@keystar/ui/layout";
import { TextArea, TextField } from "@keystar/ui/text-field";
import { Text } from "@keystar/ui/typography";
import type { FormFieldInputProps } from "@keystatic/core";
import { useId, useState } from "react";
import { comparisonErrors, type ComparisonRow, type ComparisonValue } from "@/lib/cms/comparison-schema";

type Props = FormFieldInputProps<ComparisonValue> & { label: string; description: string };

/** The two things compared; each row has a cell for each. */
const OPTIONS = [
  { side: "left", description: "The first option, e.g. PRP" },
  { side: "right", description: "The second option, e.g. Mesotherapy" },
] as const;

/**
 * The form for `comparison` (see comparison-field.ts). Labels are unique on
 * the page ("Comparison left option", "Row 2 aspect") so tests and screen
 * readers can name each box.
 */
export function ComparisonInput({ value, onChange, forceValidation, label, description }: Props) {
  const id = useId();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = (key: string) => setTouched((previous) => new Set(previous).add(key));
  const errors = comparisonErrors(value);
  const errorFor = (key: string) => (forceValidation || touched.has(key) ? errors.get(key) : undefined);

  const setRow = (index: number, patch: Partial<ComparisonRow>) =>
    onChange({ ...value, rows: value.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const removeRow = (index: number) => onChange({ ...value, rows: value.rows.filter((_, i) => i !== index) });
  const addRow = () => onChange({ ...value, rows: [...value.rows, { aspect: "", left: "", right: "" }] });
  const moveRow = (index: number, by: -1 | 1) => {
    const rows = [...value.rows];
    const [row] = rows.splice(index, 1);
    if (row) rows.splice(index + by, 0, row);
    onChange({ ...value, rows });
  };
  const clear = () => onChange({ left: "", right: "", rows: [] });

  return (
    <Grid role="group" gap="medium" marginY="xlarge" aria-labelledby={`${id}-label`} aria-describedby={`${id}-description`}>
      <Text id={`${id}-label`} color="neutralEmphasis" size="medium" weight="semibold">
        {label}
      </Text>
      <Text id={`${id}-description`} size="regular" color="neutralSecondary">
        {description}
      </Text>
      <Grid columns="1fr 1fr" columnGap="medium">
        {OPTIONS.map(({ side, description: hint }) => (
          <TextField
            key={side}
            label={`${label} ${side} option`}
            description={hint}
            value={value[side]}
            onChange={(text) => onChange({ ...value, [side]: text })}
            onBlur={() => touch(side)}
            errorMessage={errorFor(side)}
          />
        ))}
      </Grid>
      {value.rows.map((row, index) => {
        const n = index + 1;
        return (
          <VStack key={index} gap="regular" role="group" aria-label={`Row ${n}`}>
            <TextField
              label={`Row ${n} aspect`}
              description={index === 0 ? "What is compared, e.g. What is injected" : undefined}
              value={row.aspect}
              onChange={(aspect) => setRow(index, { aspect })}
              onBlur={() => touch(`rows.${index}.aspect`)}
              errorMessage={errorFor(`rows.${index}.aspect`)}
            />
            <Grid columns="1fr 1fr" columnGap="medium">
              {OPTIONS.map(({ side }) => (
                <TextArea
                  key={side}
                  label={`Row ${n} ${side}`}
                  value={row[side]}
                  onChange={(text) => setRow(index, { [side]: text })}
                  onBlur={() => touch(`rows.${index}.${side}`)}
                  errorMessage={errorFor(`rows.${index}.${side}`)}
                />
              ))}
            </Grid>
            <Grid columns="repeat(3, max-content)" columnGap="regular">
              <ActionButton onPress={() => moveRow(index, -1)} isDisabled={index === 0} aria-label={`Move row ${n} up`}>
                Up
              </ActionButton>
              <ActionButton
                onPress={() => moveRow(index, 1)}
                isDisabled={index === value.rows.length - 1}
                aria-label={`Move row ${n} down`}
              >
                Down
              </ActionButton>
              <ActionButton onPress={() => removeRow(index)} aria-label={`Remove row ${n}`}>
                Remove
              </ActionButton>
            </Grid>
          </VStack>
        );
      })}
      {(forceValidation || value.rows.length > 0) && errors.get("rows") ? <FieldMessage>{errors.get("rows")}</FieldMessage> : null}
      <Grid columns="repeat(2, max-content)" columnGap="regular">
        <ActionButton onPress={addRow}>Add comparison row</ActionButton>
        <ActionButton onPress={clear} isDisabled={value.left === "" && value.right === "" && value.rows.length === 0}>
          Clear comparison
        </ActionButton>
      </Grid>
    </Grid>
  );
}
