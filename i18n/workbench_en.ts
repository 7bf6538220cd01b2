<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Quick-scan energy audits of industrial sites, in French and in English.</source>
        <translation>Quick-scan energy audits of industrial sites, in French and in English.</translation>
    </message>
    <message>
        <source>Libraries and their licences:</source>
        <translation>Libraries and their licences:</translation>
    </message>
    <message>
        <source>About Energy Audit Workbench</source>
        <translation>About Energy Audit Workbench</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Energy Audit Workbench</source>
        <translation>Energy Audit Workbench</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>{carrier}: the inventory estimates {estimated} kWh but no bill covers it.</source>
        <translation>{carrier}: the inventory estimates {estimated} kWh but no bill covers it.</translation>
    </message>
    <message>
        <source>{carrier}: the inventory explains {coverage} % of the bills (expected within ±{tolerance} %).</source>
        <translation>{carrier}: the inventory explains {coverage} % of the bills (expected within ±{tolerance} %).</translation>
    </message>
    <message>
        <source>{carrier}: {end_use} alone ({kwh} kWh) is more than the bills ({billed} kWh).</source>
        <translation>{carrier}: {end_use} alone ({kwh} kWh) is more than the bills ({billed} kWh).</translation>
    </message>
    <message>
        <source>What runs in peak hours draws {peak} kW, more than the reached {reached} kVA × cos φ {cos_phi} = {available} kW: some items cannot run together, or their figures are too high.</source>
        <translation>What runs in peak hours draws {peak} kW, more than the reached {reached} kVA × cos φ {cos_phi} = {available} kW: some items cannot run together, or their figures are too high.</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>Unexplained</source>
        <translation>Unexplained</translation>
    </message>
    <message>
        <source>Latest 12 months</source>
        <translation>Latest 12 months</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Billed (kWh)</source>
        <translation>Billed (kWh)</translation>
    </message>
    <message>
        <source>Estimated (kWh)</source>
        <translation>Estimated (kWh)</translation>
    </message>
    <message>
        <source>Unexplained (kWh)</source>
        <translation>Unexplained (kWh)</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Energy balance of {site}</source>
        <translation>Energy balance of {site}</translation>
    </message>
    <message>
        <source>The measures and the report use the same twelve months.</source>
        <translation>The measures and the report use the same twelve months.</translation>
    </message>
    <message>
        <source>Peak check: what runs in peak hours draws {peak}; the reached power allows {available}.</source>
        <translation>Peak check: what runs in peak hours draws {peak}; the reached power allows {available}.</translation>
    </message>
    <message>
        <source>Final energy by end use</source>
        <translation>Final energy by end use</translation>
    </message>
    <message>
        <source>From the bills to the end uses</source>
        <translation>From the bills to the end uses</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Billed and estimated</source>
        <translation>Billed and estimated</translation>
    </message>
    <message>
        <source>End uses, all energy</source>
        <translation>End uses, all energy</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
</context>
<context>
    <name>Benchmarks</name>
    <message>
        <source>electricity</source>
        <translation>electricity</translation>
    </message>
    <message>
        <source>fuels</source>
        <translation>fuels</translation>
    </message>
    <message>
        <source>total final energy</source>
        <translation>total final energy</translation>
    </message>
    <message>
        <source>typical</source>
        <translation>typical</translation>
    </message>
    <message>
        <source>best practice</source>
        <translation>best practice</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>The benchmark file {file} must hold its entries as a list under “entries”.</source>
        <translation>The benchmark file {file} must hold its entries as a list under “entries”.</translation>
    </message>
    <message>
        <source>Two benchmarks have the identifier {entry}.</source>
        <translation>Two benchmarks have the identifier {entry}.</translation>
    </message>
    <message>
        <source>The benchmark file {file} cannot be read: {reason}</source>
        <translation>The benchmark file {file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Benchmark {entry} must be an object with named fields.</source>
        <translation>Benchmark {entry} must be an object with named fields.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the identifier “{value}” may hold only letters, digits, dots, hyphens and underscores.</source>
        <translation>Benchmark {entry}: the identifier “{value}” may hold only letters, digits, dots, hyphens and underscores.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the low end of the range ({low}) is above its high end ({high}).</source>
        <translation>Benchmark {entry}: the low end of the range ({low}) is above its high end ({high}).</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the unit “{value}” is not one the application can compare ({units}).</source>
        <translation>Benchmark {entry}: the unit “{value}” is not one the application can compare ({units}).</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” is missing.</source>
        <translation>Benchmark {entry}: the field “{field}” is missing.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be a text, not “{value}”.</source>
        <translation>Benchmark {entry}: the field “{field}” must be a text, not “{value}”.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” needs a French and an English text, not “{value}”.</source>
        <translation>Benchmark {entry}: the field “{field}” needs a French and an English text, not “{value}”.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be a number of kWh, zero or more, not “{value}”.</source>
        <translation>Benchmark {entry}: the field “{field}” must be a number of kWh, zero or more, not “{value}”.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be one of {allowed}, not “{value}”.</source>
        <translation>Benchmark {entry}: the field “{field}” must be one of {allowed}, not “{value}”.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be true or false, not “{value}”.</source>
        <translation>Benchmark {entry}: the field “{field}” must be true or false, not “{value}”.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be a list of words, not “{value}”.</source>
        <translation>Benchmark {entry}: the field “{field}” must be a list of words, not “{value}”.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: “{value}” in the field “{field}” is not a NACE code such as 23.51 or a group such as 22.2.</source>
        <translation>Benchmark {entry}: “{value}” in the field “{field}” is not a NACE code such as 23.51 or a group such as 22.2.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the source must name a publication (a report, a paper, an agency's page), not “{value}”; a web address goes in the field “url”.</source>
        <translation>Benchmark {entry}: the source must name a publication (a report, a paper, an agency's page), not “{value}”; a web address goes in the field “url”.</translation>
    </message>
    <message>
        <source>Benchmark {entry}: “{value}” in the field “{field}” is not a web address (http:// or https://).</source>
        <translation>Benchmark {entry}: “{value}” in the field “{field}” is not a web address (http:// or https://).</translation>
    </message>
    <message>
        <source>Benchmark {entry}: the field “{field}” must be a year such as 2013, or null, not “{value}”.</source>
        <translation>Benchmark {entry}: the field “{field}” must be a year such as 2013, or null, not “{value}”.</translation>
    </message>
</context>
<context>
    <name>BilingualEditor</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>⚠ Translation missing</source>
        <translation>⚠ Translation missing</translation>
    </message>
</context>
<context>
    <name>BillMarks</name>
    <message>
        <source>cos φ {value}, below the tariff threshold {threshold}.</source>
        <translation>cos φ {value}, below the tariff threshold {threshold}.</translation>
    </message>
    <message>
        <source>Reached power {value} kVA, above the subscribed {subscribed} kVA.</source>
        <translation>Reached power {value} kVA, above the subscribed {subscribed} kVA.</translation>
    </message>
    <message>
        <source>{days} days, where this supply's bills usually cover {median}.</source>
        <translation>{days} days, where this supply's bills usually cover {median}.</translation>
    </message>
    <message>
        <source>Ends on {end}, after today.</source>
        <translation>Ends on {end}, after today.</translation>
    </message>
    <message>
        <source>The same quantity as the bill before: {value}.</source>
        <translation>The same quantity as the bill before: {value}.</translation>
    </message>
    <message>
        <source>{value} per day, far from this supply's usual use per day.</source>
        <translation>{value} per day, far from this supply's usual use per day.</translation>
    </message>
    <message>
        <source>No cost: this bill is left out of the cost totals and of the average price.</source>
        <translation>No cost: this bill is left out of the cost totals and of the average price.</translation>
    </message>
</context>
<context>
    <name>BillsPanel</name>
    <message>
        <source>No month is missing between the bills.</source>
        <translation>No month is missing between the bills.</translation>
    </message>
    <message numerus="yes">
        <source>{count} new rows.</source>
        <translation>
            <numerusform>{count} new row.</numerusform>
            <numerusform>{count} new rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}, {column}: “{text}” — {reason}</source>
        <translation>Row {row}, {column}: “{text}” — {reason}</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Select one bill to attach its invoice to.</source>
        <translation>Select one bill to attach its invoice to.</translation>
    </message>
    <message>
        <source>Attach the invoice</source>
        <translation>Attach the invoice</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>This bill has no attached document.</source>
        <translation>This bill has no attached document.</translation>
    </message>
    <message>
        <source>Supply: contract, meter, units</source>
        <translation>Supply: contract, meter, units</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <source>Add a bill</source>
        <translation>Add a bill</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import invoices…</source>
        <translation>Import invoices…</translation>
    </message>
    <message>
        <source>Attach the invoice…</source>
        <translation>Attach the invoice…</translation>
    </message>
    <message>
        <source>Open the invoice</source>
        <translation>Open the invoice</translation>
    </message>
    <message>
        <source>Estimate a month…</source>
        <translation>Estimate a month…</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Natural gas</translation>
    </message>
    <message>
        <source>Propane</source>
        <translation>Propane</translation>
    </message>
    <message>
        <source>Butane</source>
        <translation>Butane</translation>
    </message>
    <message>
        <source>Heavy fuel oil</source>
        <translation>Heavy fuel oil</translation>
    </message>
    <message>
        <source>Gas oil / diesel</source>
        <translation>Gas oil / diesel</translation>
    </message>
    <message>
        <source>Coal</source>
        <translation>Coal</translation>
    </message>
    <message>
        <source>Biomass</source>
        <translation>Biomass</translation>
    </message>
    <message>
        <source>District heat</source>
        <translation>District heat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>No bill</source>
        <translation>No bill</translation>
    </message>
    <message>
        <source>Overrun of the subscribed power</source>
        <translation>Overrun of the subscribed power</translation>
    </message>
    <message>
        <source>Other (grouped)</source>
        <translation>Other (grouped)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Energy Audit Workbench: quick-scan energy audits of industrial sites.</source>
        <translation>Energy Audit Workbench: quick-scan energy audits of industrial sites.</translation>
    </message>
    <message>
        <source>language of messages (default: from the system)</source>
        <translation>language of messages (default: from the system)</translation>
    </message>
    <message>
        <source>write the demo programme to a new workspace file</source>
        <translation>write the demo programme to a new workspace file</translation>
    </message>
    <message>
        <source>workspace file to create (.eaw)</source>
        <translation>workspace file to create (.eaw)</translation>
    </message>
    <message>
        <source>create an empty workspace for a programme</source>
        <translation>create an empty workspace for a programme</translation>
    </message>
    <message>
        <source>name of the programme</source>
        <translation>name of the programme</translation>
    </message>
    <message>
        <source>organising body</source>
        <translation>organising body</translation>
    </message>
    <message>
        <source>year of the programme</source>
        <translation>year of the programme</translation>
    </message>
    <message>
        <source>default currency (ISO code)</source>
        <translation>default currency (ISO code)</translation>
    </message>
    <message>
        <source>reference factor set: MA or BE</source>
        <translation>reference factor set: MA or BE</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>report language</translation>
    </message>
    <message>
        <source>add a site to a cluster (the cluster is created if needed)</source>
        <translation>add a site to a cluster (the cluster is created if needed)</translation>
    </message>
    <message>
        <source>workspace file</source>
        <translation>workspace file</translation>
    </message>
    <message>
        <source>cluster name</source>
        <translation>cluster name</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>site name</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>company name</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>country (ISO code)</source>
        <translation>country (ISO code)</translation>
    </message>
    <message>
        <source>currency (default: the programme's)</source>
        <translation>currency (default: the programme's)</translation>
    </message>
    <message>
        <source>set a supply's invoice unit and heating value</source>
        <translation>set a supply's invoice unit and heating value</translation>
    </message>
    <message>
        <source>supply (id, name or carrier, e.g. natural_gas)</source>
        <translation>supply (id, name or carrier, e.g. natural_gas)</translation>
    </message>
    <message>
        <source>invoice unit: kWh, MWh, m3, L, kg, t, GJ, therm</source>
        <translation>invoice unit: kWh, MWh, m3, L, kg, t, GJ, therm</translation>
    </message>
    <message>
        <source>kWh per invoice unit, as the supplier states it (none: use the factor set)</source>
        <translation>kWh per invoice unit, as the supplier states it (none: use the factor set)</translation>
    </message>
    <message>
        <source>basis of the heating value</source>
        <translation>basis of the heating value</translation>
    </message>
    <message>
        <source>name of the supply</source>
        <translation>name of the supply</translation>
    </message>
    <message>
        <source>programme, clusters and sites with their last 12 months</source>
        <translation>programme, clusters and sites with their last 12 months</translation>
    </message>
    <message>
        <source>only this site (id or unique name)</source>
        <translation>only this site (id or unique name)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>print one JSON object</translation>
    </message>
    <message>
        <source>write the calendarised monthly data as CSV</source>
        <translation>write the calendarised monthly data as CSV</translation>
    </message>
    <message>
        <source>folder to write into</source>
        <translation>folder to write into</translation>
    </message>
    <message>
        <source>import invoices from a CSV, XLSX, XLS or ODS file</source>
        <translation>import invoices from a CSV, XLSX, XLS or ODS file</translation>
    </message>
    <message>
        <source>file of invoices or deliveries</source>
        <translation>file of invoices or deliveries</translation>
    </message>
    <message>
        <source>the column mappings remembered for header rows, and forget one</source>
        <translation>the column mappings remembered for header rows, and forget one</translation>
    </message>
    <message>
        <source>forget the mapping of this signature</source>
        <translation>forget the mapping of this signature</translation>
    </message>
    <message>
        <source>language of the report (default: the programme's); both writes FILE-fr and FILE-en</source>
        <translation>language of the report (default: the programme's); both writes FILE-fr and FILE-en</translation>
    </message>
    <message>
        <source>file to write: .docx (Word) or .pdf (by LibreOffice, or Word on Windows and macOS)</source>
        <translation>file to write: .docx (Word) or .pdf (by LibreOffice, or Word on Windows and macOS)</translation>
    </message>
    <message>
        <source>a cluster's synthesis with a page per site (by default, a short block each)</source>
        <translation>a cluster's synthesis with a page per site (by default, a short block each)</translation>
    </message>
    <message>
        <source>a Word file's table of contents without page numbers (faster: no office suite is started)</source>
        <translation>a Word file's table of contents without page numbers (faster: no office suite is started)</translation>
    </message>
    <message>
        <source>a site's MT bills rebuilt from the tariff, and its options</source>
        <translation>a site's MT bills rebuilt from the tariff, and its options</translation>
    </message>
    <message>
        <source>only this electricity supply (id or name)</source>
        <translation>only this electricity supply (id or name)</translation>
    </message>
    <message>
        <source>import a meter's load curve (10, 15, 30 or 60-minute intervals) into a supply</source>
        <translation>import a meter's load curve (10, 15, 30 or 60-minute intervals) into a supply</translation>
    </message>
    <message>
        <source>the meter's export (CSV, XLSX, XLS or ODS)</source>
        <translation>the meter's export (CSV, XLSX, XLS or ODS)</translation>
    </message>
    <message>
        <source>supply (id or name; default: the site's electricity supply)</source>
        <translation>supply (id or name; default: the site's electricity supply)</translation>
    </message>
    <message>
        <source>use COLUMN (a header or a number) for FIELD (start, end, register, value, unit…)</source>
        <translation>use COLUMN (a header or a number) for FIELD (start, end, register, value, unit…)</translation>
    </message>
    <message>
        <source>unit of the values when the file does not say it</source>
        <translation>unit of the values when the file does not say it</translation>
    </message>
    <message>
        <source>time zone of the meter's clock (default: the site's country's)</source>
        <translation>time zone of the meter's clock (default: the site's country's)</translation>
    </message>
    <message>
        <source>a supply's load curve: registers, peak, base load, load factor, shares</source>
        <translation>a supply's load curve: registers, peak, base load, load factor, shares</translation>
    </message>
    <message>
        <source>Internal error: nothing more was done. A crash report was written to {path}; please send it.</source>
        <translation>Internal error: nothing more was done. A crash report was written to {path}; please send it.</translation>
    </message>
    <message>
        <source>site (id or unique name)</source>
        <translation>site (id or unique name)</translation>
    </message>
    <message>
        <source>energy carrier</source>
        <translation>energy carrier</translation>
    </message>
    <message>
        <source>mapping profile (ma-mt-ledger, propane-deliveries, xcel-monthly…)</source>
        <translation>mapping profile (ma-mt-ledger, propane-deliveries, xcel-monthly…)</translation>
    </message>
    <message>
        <source>text encoding (default: detected)</source>
        <translation>text encoding (default: detected)</translation>
    </message>
    <message>
        <source>column separator (default: detected)</source>
        <translation>column separator (default: detected)</translation>
    </message>
    <message>
        <source>decimal mark (default: detected)</source>
        <translation>decimal mark (default: detected)</translation>
    </message>
    <message>
        <source>row number of the column names (default: found)</source>
        <translation>row number of the column names (default: found)</translation>
    </message>
    <message>
        <source>sheet of a workbook (default: the first with data)</source>
        <translation>sheet of a workbook (default: the first with data)</translation>
    </message>
    <message>
        <source>use COLUMN (a header or a number) for FIELD</source>
        <translation>use COLUMN (a header or a number) for FIELD</translation>
    </message>
    <message>
        <source>rows (e.g. 12,40) whose falling meter index is a rollover of the counter, or all</source>
        <translation>rows (e.g. 12,40) whose falling meter index is a rollover of the counter, or all</translation>
    </message>
    <message>
        <source>check the file, store nothing</source>
        <translation>check the file, store nothing</translation>
    </message>
    <message>
        <source>write a site's quick-scan report, or a cluster's synthesis, in Word</source>
        <translation>write a site's quick-scan report, or a cluster's synthesis, in Word</translation>
    </message>
    <message>
        <source>cluster (id or name): the synthesis of its sites</source>
        <translation>cluster (id or name): the synthesis of its sites</translation>
    </message>
    <message>
        <source>a restyled copy of the report template (.docx)</source>
        <translation>a restyled copy of the report template (.docx)</translation>
    </message>
    <message>
        <source>leave the charts out</source>
        <translation>leave the charts out</translation>
    </message>
    <message>
        <source>a site's energy balance: billed, estimated, unexplained</source>
        <translation>a site's energy balance: billed, estimated, unexplained</translation>
    </message>
    <message>
        <source>Start the desktop application.</source>
        <translation>Start the desktop application.</translation>
    </message>
    <message>
        <source>Commands without a window: {commands} (workbench COMMAND --help).</source>
        <translation>Commands without a window: {commands} (workbench COMMAND --help).</translation>
    </message>
    <message>
        <source>workspace file to open (.eaw)</source>
        <translation>workspace file to open (.eaw)</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>language of the interface</translation>
    </message>
    <message>
        <source>open the window and the first site page, print the start-up time and exit</source>
        <translation>open the window and the first site page, print the start-up time and exit</translation>
    </message>
    <message>
        <source>Cannot use the file {path}: {reason}.</source>
        <translation>Cannot use the file {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} was updated from file format {version}; the original was kept as {backup}.</source>
        <translation>{path} was updated from file format {version}; the original was kept as {backup}.</translation>
    </message>
    <message>
        <source>{path} is open read-only: the file or its medium cannot be written.</source>
        <translation>{path} is open read-only: the file or its medium cannot be written.</translation>
    </message>
    <message>
        <source>Demo programme written to {path}.</source>
        <translation>Demo programme written to {path}.</translation>
    </message>
    <message>
        <source>Workspace {path} created.</source>
        <translation>Workspace {path} created.</translation>
    </message>
    <message>
        <source>Site {name} added to {cluster} with id {id}.</source>
        <translation>Site {name} added to {cluster} with id {id}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} monthly rows written to {path}.</source>
        <translation>
            <numerusform>{count} monthly row written to {path}.</numerusform>
            <numerusform>{count} monthly rows written to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, not “{text}”.</source>
        <translation>--map takes FIELD=COLUMN, not “{text}”.</translation>
    </message>
    <message>
        <source>{file} is a load curve ({minutes}-minute intervals), not a table of invoices: import it with workbench import-load-curve {path} {file} --site {site}.</source>
        <translation>{file} is a load curve ({minutes}-minute intervals), not a table of invoices: import it with workbench import-load-curve {path} {file} --site {site}.</translation>
    </message>
    <message>
        <source>--rollover takes row numbers (12,40) or all, not “{text}”.</source>
        <translation>--rollover takes row numbers (12,40) or all, not “{text}”.</translation>
    </message>
    <message>
        <source>Import into: {target}</source>
        <translation>Import into: {target}</translation>
    </message>
    <message>
        <source>{read} rows read: {imported} new, {changed} changed, {identical} identical, {refused} refused, {skipped} skipped.</source>
        <translation>{read} rows read: {imported} new, {changed} changed, {identical} identical, {refused} refused, {skipped} skipped.</translation>
    </message>
    <message>
        <source>row {row}, column “{column}”, “{text}”: {reason}</source>
        <translation>row {row}, column “{column}”, “{text}”: {reason}</translation>
    </message>
    <message>
        <source>{count} rows, column “{column}”: {reason} (first: row {row}); rows {rows}</source>
        <translation>{count} rows, column “{column}”: {reason} (first: row {row}); rows {rows}</translation>
    </message>
    <message>
        <source>Final energy of the bills stored: {kwh}.</source>
        <translation>Final energy of the bills stored: {kwh}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Dry run: nothing was stored.</translation>
    </message>
    <message>
        <source>No mapping is remembered under “{signature}”.</source>
        <translation>No mapping is remembered under “{signature}”.</translation>
    </message>
    <message>
        <source>Mapping {signature} forgotten.</source>
        <translation>Mapping {signature} forgotten.</translation>
    </message>
    <message>
        <source>No column mapping is remembered in this workspace.</source>
        <translation>No column mapping is remembered in this workspace.</translation>
    </message>
    <message>
        <source>Nothing to change: give --unit, --heating-value, --basis or --name.</source>
        <translation>Nothing to change: give --unit, --heating-value, --basis or --name.</translation>
    </message>
    <message>
        <source>Supply {id} of {site} ({carrier}): billed in {unit}, heating value {value} ({basis}).</source>
        <translation>Supply {id} of {site} ({carrier}): billed in {unit}, heating value {value} ({basis}).</translation>
    </message>
    <message>
        <source>from the factor set</source>
        <translation>from the factor set</translation>
    </message>
    <message>
        <source>--heating-value takes a number of kWh per invoice unit, not “{text}”.</source>
        <translation>--heating-value takes a number of kWh per invoice unit, not “{text}”.</translation>
    </message>
    <message>
        <source>{carrier}: billed {billed}, estimated {estimated}, unexplained {unexplained} ({coverage} explained)</source>
        <translation>{carrier}: billed {billed}, estimated {estimated}, unexplained {unexplained} ({coverage} explained)</translation>
    </message>
    <message>
        <source>{end_use}: {kwh} ({share} of the bills)</source>
        <translation>{end_use}: {kwh} ({share} of the bills)</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Report written to {path}.</translation>
    </message>
    <message>
        <source>No cluster is named “{name}” or has that id. Clusters: {known}.</source>
        <translation>No cluster is named “{name}” or has that id. Clusters: {known}.</translation>
    </message>
    <message>
        <source>Several sites are named “{name}” (ids {ids}); give the id instead.</source>
        <translation>Several sites are named “{name}” (ids {ids}); give the id instead.</translation>
    </message>
    <message>
        <source>No site is named “{name}” or has that id. Sites: {known}.</source>
        <translation>No site is named “{name}” or has that id. Sites: {known}.</translation>
    </message>
    <message>
        <source>{site} has no single supply named “{name}”. Supplies: {known}.</source>
        <translation>{site} has no single supply named “{name}”. Supplies: {known}.</translation>
    </message>
    <message>
        <source>{clusters} clusters, {sites} sites; factor set {factors}.</source>
        <translation>{clusters} clusters, {sites} sites; factor set {factors}.</translation>
    </message>
    <message>
        <source>no bills yet</source>
        <translation>no bills yet</translation>
    </message>
    <message>
        <source>{first} – {last}: {kwh} · {toe} · {co2} · {cost} · {price} · {bills} bills</source>
        <translation>{first} – {last}: {kwh} · {toe} · {co2} · {cost} · {price} · {bills} bills</translation>
    </message>
    <message>
        <source>covers {covered} of {months} months for every carrier; the cost of {priced} of the kWh is known</source>
        <translation>covers {covered} of {months} months for every carrier; the cost of {priced} of the kWh is known</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Power charge</source>
        <translation>Power charge</translation>
    </message>
    <message>
        <source>Overrun charge</source>
        <translation>Overrun charge</translation>
    </message>
    <message>
        <source>cos φ</source>
        <translation>cos φ</translation>
    </message>
    <message>
        <source>cos φ surcharge</source>
        <translation>cos φ surcharge</translation>
    </message>
    <message>
        <source>Metering</source>
        <translation>Metering</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Rebuilt</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>{site} has no electricity supply.</source>
        <translation>{site} has no electricity supply.</translation>
    </message>
    <message>
        <source>{site} — {supply}: {tariff}, bills of {first} – {last} ({currency} excl. VAT)</source>
        <translation>{site} — {supply}: {tariff}, bills of {first} – {last} ({currency} excl. VAT)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>! {month} {invoice}: missing {missing}</source>
        <translation>! {month} {invoice}: missing {missing}</translation>
    </message>
    <message numerus="yes">
        <source>! {count} bills differ from the tariff by more than {tolerance}: {months}</source>
        <translation>
            <numerusform>! {count} bill differs from the tariff by more than {tolerance}: {months}</numerusform>
            <numerusform>! {count} bills differ from the tariff by more than {tolerance}: {months}</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed power: {current} now, {recommended} recommended; power and overrun charges {cost_now} → {cost_new} a year, saving {saving}.</source>
        <translation>Subscribed power: {current} now, {recommended} recommended; power and overrun charges {cost_now} → {cost_new} a year, saving {saving}.</translation>
    </message>
    <message>
        <source>Capacitor bank: {kvar} for cos φ {target}, investment {investment}; cos φ surcharge {penalty} a year avoided, payback {payback}.</source>
        <translation>Capacitor bank: {kvar} for cos φ {target}, investment {investment}; cos φ surcharge {penalty} a year avoided, payback {payback}.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Capacitor bank: {kvar} would bring cos φ to {target} (investment {investment}), but the bills carry no cos φ surcharge: it does not pay back through the tariff.</source>
        <translation>Capacitor bank: {kvar} would bring cos φ to {target} (investment {investment}), but the bills carry no cos φ surcharge: it does not pay back through the tariff.</translation>
    </message>
    <message>
        <source>Peak hours: {share} of the kWh; moving {shift} of them ({kwh} a year) to off-peak hours saves {saving} a year.</source>
        <translation>Peak hours: {share} of the kWh; moving {shift} of them ({kwh} a year) to off-peak hours saves {saving} a year.</translation>
    </message>
    <message>
        <source>The time zone of a meter in {country} is not known: give it with --tz (e.g. Europe/Paris).</source>
        <translation>The time zone of a meter in {country} is not known: give it with --tz (e.g. Europe/Paris).</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone (e.g. Africa/Casablanca).</source>
        <translation>“{zone}” is not a time zone (e.g. Africa/Casablanca).</translation>
    </message>
    <message>
        <source>{site} has no electricity supply: add one, or say which supply with --supply.</source>
        <translation>{site} has no electricity supply: add one, or say which supply with --supply.</translation>
    </message>
    <message numerus="yes">
        <source>{site} has {count} electricity supplies: say which with --supply.</source>
        <translation>
            <numerusform>{site} has {count} electricity supply: say which with --supply.</numerusform>
            <numerusform>{site} has {count} electricity supplies: say which with --supply.</numerusform>
        </translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN with FIELD one of {fields}, not “{text}”.</source>
        <translation>--map takes FIELD=COLUMN with FIELD one of {fields}, not “{text}”.</translation>
    </message>
    <message>
        <source>The file has no column “{column}”. Its columns: {known}.</source>
        <translation>The file has no column “{column}”. Its columns: {known}.</translation>
    </message>
    <message>
        <source>Load curve for {site} (supply {supply}), times in {zone}: {rows} rows read.</source>
        <translation>Load curve for {site} (supply {supply}), times in {zone}: {rows} rows read.</translation>
    </message>
    <message>
        <source>The columns were read as mapped for this header row on {saved} (workbench layouts --forget forgets it).</source>
        <translation>The columns were read as mapped for this header row on {saved} (workbench layouts --forget forgets it).</translation>
    </message>
    <message numerus="yes">
        <source>{count} intervals of the file differ from the readings already stored (energy of the interval):</source>
        <translation>
            <numerusform>{count} interval of the file differs from the reading already stored (energy of the interval):</numerusform>
            <numerusform>{count} intervals of the file differ from the readings already stored (energy of the interval):</numerusform>
        </translation>
    </message>
    <message>
        <source>{register}, {start}: {new} kWh in the file, {stored} kWh already stored.</source>
        <translation>{register}, {start}: {new} kWh in the file, {stored} kWh already stored.</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more intervals.</source>
        <translation>
            <numerusform>… and {count} more interval.</numerusform>
            <numerusform>… and {count} more intervals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: every reading of the file was already stored.</source>
        <translation>Nothing new: every reading of the file was already stored.</translation>
    </message>
    <message>
        <source>{name} ({unit}): {total} over {intervals} intervals, {missing} without a reading, {first} → {last}</source>
        <translation>{name} ({unit}): {total} over {intervals} intervals, {missing} without a reading, {first} → {last}</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more refusals.</source>
        <translation>
            <numerusform>… and {count} more refusal.</numerusform>
            <numerusform>… and {count} more refusals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was stored: correct the file, or the mapping, and import again.</source>
        <translation>Nothing was stored: correct the file, or the mapping, and import again.</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Stored.</translation>
    </message>
    <message>
        <source>{site} has no load curve on this supply.</source>
        <translation>{site} has no load curve on this supply.</translation>
    </message>
    <message>
        <source>Offtake: peak {peak} kW on {at}; base load {base} kW (night mean {night} kW); load factor {factor}.</source>
        <translation>Offtake: peak {peak} kW on {at}; base load {base} kW (night mean {night} kW); load factor {factor}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>supply</source>
        <translation>supply</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>bill</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>delivery</translation>
    </message>
    <message>
        <source>equipment item</source>
        <translation>equipment item</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Edit {field}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Edit {kind}</translation>
    </message>
    <message>
        <source>Set the PV study</source>
        <translation>Set the PV study</translation>
    </message>
    <message>
        <source>Add cluster {name}</source>
        <translation>Add cluster {name}</translation>
    </message>
    <message>
        <source>Add site {name}</source>
        <translation>Add site {name}</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>Rename {old} to {new}</translation>
    </message>
    <message>
        <source>Move {site} to {cluster}</source>
        <translation>Move {site} to {cluster}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <source>Import the load curve {file}</source>
        <translation>Import the load curve {file}</translation>
    </message>
    <message>
        <source>Add a bill</source>
        <translation>Add a bill</translation>
    </message>
    <message>
        <source>Estimate a missing month</source>
        <translation>Estimate a missing month</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate {count} bills</source>
        <translation>
            <numerusform>Duplicate {count} bill</numerusform>
            <numerusform>Duplicate {count} bills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} rows</source>
        <translation>
            <numerusform>Delete {count} row</numerusform>
            <numerusform>Delete {count} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste {count} rows</source>
        <translation>
            <numerusform>Paste {count} row</numerusform>
            <numerusform>Paste {count} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add {count} equipment items</source>
        <translation>
            <numerusform>Add {count} equipment item</numerusform>
            <numerusform>Add {count} equipment items</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an equipment item</source>
        <translation>Add an equipment item</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate {count} items</source>
        <translation>
            <numerusform>Duplicate {count} item</numerusform>
            <numerusform>Duplicate {count} items</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Add a measure</translation>
    </message>
    <message>
        <source>Add photo {name}</source>
        <translation>Add photo {name}</translation>
    </message>
    <message>
        <source>Add {count} photos</source>
        <translation>Add {count} photos</translation>
    </message>
    <message>
        <source>Remove {count} photos</source>
        <translation>Remove {count} photos</translation>
    </message>
    <message>
        <source>Remove photo {name}</source>
        <translation>Remove photo {name}</translation>
    </message>
    <message>
        <source>Edit the caption of {name}</source>
        <translation>Edit the caption of {name}</translation>
    </message>
    <message>
        <source>Choose {name} for the report</source>
        <translation>Choose {name} for the report</translation>
    </message>
    <message>
        <source>Leave {name} out of the report</source>
        <translation>Leave {name} out of the report</translation>
    </message>
    <message>
        <source>Move a photo</source>
        <translation>Move a photo</translation>
    </message>
    <message>
        <source>Add the PV measure</source>
        <translation>Add the PV measure</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Final energy</source>
        <translation>Final energy</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Cost excl. VAT</translation>
    </message>
    <message>
        <source>Cost per kWh</source>
        <translation>Cost per kWh</translation>
    </message>
    <message>
        <source>Primary energy</source>
        <translation>Primary energy</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Emissions</translation>
    </message>
    <message>
        <source>Per unit produced</source>
        <translation>Per unit produced</translation>
    </message>
    <message>
        <source>Per m²</source>
        <translation>Per m²</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <source>Savings (money)</source>
        <translation>Savings (money)</translation>
    </message>
    <message>
        <source>Savings share</source>
        <translation>Savings share</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>Renewables</source>
        <translation>Renewables</translation>
    </message>
    <message>
        <source>Renewables (money)</source>
        <translation>Renewables (money)</translation>
    </message>
    <message>
        <source>Renewables payback</source>
        <translation>Renewables payback</translation>
    </message>
    <message>
        <source>Data flags</source>
        <translation>Data flags</translation>
    </message>
    <message>
        <source>toe</source>
        <translation>toe</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Analysis period {period}, not the one most sites share ({common}).</source>
        <translation>Analysis period {period}, not the one most sites share ({common}).</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The ratio of the sites' totals, not a sum.</source>
        <translation>The ratio of the sites' totals, not a sum.</translation>
    </message>
    <message>
        <source>The sites count in several currencies: their money does not add up.</source>
        <translation>The sites count in several currencies: their money does not add up.</translation>
    </message>
    <message>
        <source>The sites count different products: their energy per unit does not compare.</source>
        <translation>The sites count different products: their energy per unit does not compare.</translation>
    </message>
    <message>
        <source>An intensity has no total.</source>
        <translation>An intensity has no total.</translation>
    </message>
    <message>
        <source>Computing {done} of {total} sites…</source>
        <translation>Computing {done} of {total} sites…</translation>
    </message>
    <message>
        <source>{column}: the {shown} highest of {total} sites</source>
        <translation>{column}: the {shown} highest of {total} sites</translation>
    </message>
    <message>
        <source>Table exported to {path}.</source>
        <translation>Table exported to {path}.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Choose the columns; drag a header to move its column.</source>
        <translation>Choose the columns; drag a header to move its column.</translation>
    </message>
    <message>
        <source>Ranking of</source>
        <translation>Ranking of</translation>
    </message>
    <message>
        <source>Copy the selected cells, to paste into a spreadsheet.</source>
        <translation>Copy the selected cells, to paste into a spreadsheet.</translation>
    </message>
    <message>
        <source>Export the table to an Excel workbook or a CSV file.</source>
        <translation>Export the table to an Excel workbook or a CSV file.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Internal error</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <source>Something went wrong inside the workbench. Your data is safe: every change was saved in the workspace file when you made it.</source>
        <translation>Something went wrong inside the workbench. Your data is safe: every change was saved in the workspace file when you made it.</translation>
    </message>
    <message>
        <source>A crash report was written to {path}. Please send it to the programme's coordinator; you can carry on working or restart the application.</source>
        <translation>A crash report was written to {path}. Please send it to the programme's coordinator; you can carry on working or restart the application.</translation>
    </message>
    <message>
        <source>Open the report's folder</source>
        <translation>Open the report's folder</translation>
    </message>
    <message>
        <source>No crash report could be written.</source>
        <translation>No crash report could be written.</translation>
    </message>
</context>
<context>
    <name>EndUse</name>
    <message>
        <source>Motors and drives</source>
        <translation>Motors and drives</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>Pumps</translation>
    </message>
    <message>
        <source>Fans</source>
        <translation>Fans</translation>
    </message>
    <message>
        <source>Compressed air</source>
        <translation>Compressed air</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Lighting</translation>
    </message>
    <message>
        <source>Process heat</source>
        <translation>Process heat</translation>
    </message>
    <message>
        <source>Boilers and steam</source>
        <translation>Boilers and steam</translation>
    </message>
    <message>
        <source>HVAC</source>
        <translation>HVAC</translation>
    </message>
    <message>
        <source>Refrigeration and cold</source>
        <translation>Refrigeration and cold</translation>
    </message>
    <message>
        <source>Office and IT</source>
        <translation>Office and IT</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Off-peak</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reached power</source>
        <translation>Reached power</translation>
    </message>
    <message>
        <source>Reactive energy</source>
        <translation>Reactive energy</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Cost excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Cost incl. VAT</source>
        <translation>Cost incl. VAT</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Final energy</source>
        <translation>Final energy</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Cost per kWh</source>
        <translation>Cost per kWh</translation>
    </message>
    <message>
        <source>cos φ</source>
        <translation>cos φ</translation>
    </message>
    <message>
        <source>From the meter indexes:</source>
        <translation>From the meter indexes:</translation>
    </message>
    <message>
        <source>{register}: {previous} → {current} × {multiplier} = {value}</source>
        <translation>{register}: {previous} → {current} × {multiplier} = {value}</translation>
    </message>
    <message>
        <source>(past a rollover at {limit})</source>
        <translation>(past a rollover at {limit})</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>End use</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Rated power</source>
        <translation>Rated power</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Load factor</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Estimated per year</source>
        <translation>Estimated per year</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Defaults used for: {fields}</source>
        <translation>Defaults used for: {fields}</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Type in this row to add a new one.</source>
        <translation>Type in this row to add a new one.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Add a photo</source>
        <translation>Add a photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Import an inventory</source>
        <translation>Import an inventory</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Row {row}, {column}: “{text}” — {reason}</source>
        <translation>Row {row}, {column}: “{text}” — {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{count} new items.</source>
        <translation>
            <numerusform>{count} new item.</numerusform>
            <numerusform>{count} new items.</numerusform>
        </translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Import an inventory…</source>
        <translation>Import an inventory…</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Where the figures come from</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Add a photo…</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Estimate a missing month</source>
        <translation>Estimate a missing month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>peak {peak}, standard {standard}, off-peak {offpeak}</source>
        <translation>peak {peak}, standard {standard}, off-peak {offpeak}</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>cost unknown</translation>
    </message>
    <message>
        <source>The estimated bill ({first} – {last}) will store: {figures}. It is tagged estimated.</source>
        <translation>The estimated bill ({first} – {last}) will store: {figures}. It is tagged estimated.</translation>
    </message>
</context>
<context>
    <name>FactorSets</name>
    <message>
        <source>Morocco</source>
        <translation>Morocco</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
</context>
<context>
    <name>Factors</name>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>partly verified</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>to confirm</translation>
    </message>
    <message>
        <source>set by the auditor</source>
        <translation>set by the auditor</translation>
    </message>
    <message>
        <source>The factor {key} needs a numeric value, not “{value}”.</source>
        <translation>The factor {key} needs a numeric value, not “{value}”.</translation>
    </message>
    <message>
        <source>The factor {key} must not be negative (got {value}).</source>
        <translation>The factor {key} must not be negative (got {value}).</translation>
    </message>
    <message>
        <source>No value is set for the factor {key}.</source>
        <translation>No value is set for the factor {key}.</translation>
    </message>
    <message>
        <source>Unknown factor set “{code}” (known: {known}).</source>
        <translation>Unknown factor set “{code}” (known: {known}).</translation>
    </message>
    <message>
        <source>{name}: {value} {unit} ({status}) — {source}</source>
        <translation>{name}: {value} {unit} ({status}) — {source}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Shifts per day</source>
        <translation>Shifts per day</translation>
    </message>
    <message>
        <source>Hours per shift</source>
        <translation>Hours per shift</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Days per week</translation>
    </message>
    <message>
        <source>Weeks per year</source>
        <translation>Weeks per year</translation>
    </message>
    <message>
        <source>First shift starts at</source>
        <translation>First shift starts at</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>Factor set</source>
        <translation>Factor set</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Language of the names typed</source>
        <translation>Language of the names typed</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>NACE code</source>
        <translation>NACE code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>Production per year</source>
        <translation>Production per year</translation>
    </message>
    <message>
        <source>Production unit</source>
        <translation>Production unit</translation>
    </message>
    <message>
        <source>Operating schedule</source>
        <translation>Operating schedule</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>Audit date</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Balance period</source>
        <translation>Balance period</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Energy carrier</source>
        <translation>Energy carrier</translation>
    </message>
    <message>
        <source>Invoice unit</source>
        <translation>Invoice unit</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Voltage level</source>
        <translation>Voltage level</translation>
    </message>
    <message>
        <source>Tariff option</source>
        <translation>Tariff option</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Subscribed power</translation>
    </message>
    <message>
        <source>Heating value</source>
        <translation>Heating value</translation>
    </message>
    <message>
        <source>Heating value basis</source>
        <translation>Heating value basis</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Peak hours</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>Standard hours</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Off-peak hours</translation>
    </message>
    <message>
        <source>Reached power</source>
        <translation>Reached power</translation>
    </message>
    <message>
        <source>Reached power unit</source>
        <translation>Reached power unit</translation>
    </message>
    <message>
        <source>Reactive energy</source>
        <translation>Reactive energy</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Cost excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Cost incl. VAT</source>
        <translation>Cost incl. VAT</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Source document</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>End use</translation>
    </message>
    <message>
        <source>Rated power</source>
        <translation>Rated power</translation>
    </message>
    <message>
        <source>Power unit</source>
        <translation>Power unit</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Load factor</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Hours per year</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Efficiency class</source>
        <translation>Efficiency class</translation>
    </message>
    <message>
        <source>Watts per fixture</source>
        <translation>Watts per fixture</translation>
    </message>
    <message>
        <source>Loaded power</source>
        <translation>Loaded power</translation>
    </message>
    <message>
        <source>Unloaded power</source>
        <translation>Unloaded power</translation>
    </message>
    <message>
        <source>Loaded hours per year</source>
        <translation>Loaded hours per year</translation>
    </message>
    <message>
        <source>Unloaded hours per year</source>
        <translation>Unloaded hours per year</translation>
    </message>
    <message>
        <source>Free air delivery</source>
        <translation>Free air delivery</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pressure</translation>
    </message>
    <message>
        <source>Runs in peak hours</source>
        <translation>Runs in peak hours</translation>
    </message>
    <message>
        <source>Energy saved</source>
        <translation>Energy saved</translation>
    </message>
    <message>
        <source>Share of the end use saved</source>
        <translation>Share of the end use saved</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cost savings per year</source>
        <translation>Cost savings per year</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tariff lever</source>
        <translation>Tariff lever</translation>
    </message>
    <message>
        <source>Share in peak hours</source>
        <translation>Share in peak hours</translation>
    </message>
    <message>
        <source>Share in standard hours</source>
        <translation>Share in standard hours</translation>
    </message>
    <message>
        <source>Share in off-peak hours</source>
        <translation>Share in off-peak hours</translation>
    </message>
    <message>
        <source>Share used on site</source>
        <translation>Share used on site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Lifetime (years)</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>In the report</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>Date taken</translation>
    </message>
</context>
<context>
    <name>FinancialAid</name>
    <message>
        <source>“{value}” is not a text. Write it between quotes.</source>
        <translation>“{value}” is not a text. Write it between quotes.</translation>
    </message>
    <message>
        <source>“{value}” is not a French and English text. Write it as {example}.</source>
        <translation>“{value}” is not a French and English text. Write it as {example}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language. Use “fr” for French and “en” for English.</source>
        <translation>“{value}” is not a language. Use “fr” for French and “en” for English.</translation>
    </message>
    <message>
        <source>It is empty. Write it in French, in English, or in both.</source>
        <translation>It is empty. Write it in French, in English, or in both.</translation>
    </message>
    <message>
        <source>“{value}” is not a programme. Each entry is an object between braces {{ }}.</source>
        <translation>“{value}” is not a programme. Each entry is an object between braces {{ }}.</translation>
    </message>
    <message>
        <source>The field is missing. Add it (the shipped lists show every field).</source>
        <translation>The field is missing. Add it (the shipped lists show every field).</translation>
    </message>
    <message>
        <source>“{value}” is not an id. Use letters, digits, “-” or “_”, without spaces.</source>
        <translation>“{value}” is not an id. Use letters, digits, “-” or “_”, without spaces.</translation>
    </message>
    <message>
        <source>The id “{value}” is used twice. Give each entry its own id.</source>
        <translation>The id “{value}” is used twice. Give each entry its own id.</translation>
    </message>
    <message>
        <source>It is empty. Name the publication the programme comes from: the legal act, or the title of the agency's page.</source>
        <translation>It is empty. Name the publication the programme comes from: the legal act, or the title of the agency's page.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address. Write the public page's address, starting with https://, or leave it empty.</source>
        <translation>“{value}” is not a web address. Write the public page's address, starting with https://, or leave it empty.</translation>
    </message>
    <message>
        <source>“{value}” is written between quotes, as a text. Write the year without them.</source>
        <translation>“{value}” is written between quotes, as a text. Write the year without them.</translation>
    </message>
    <message>
        <source>“{value}” is not a year. Write the year of the source in four digits (2024), or null if it is not known.</source>
        <translation>“{value}” is not a year. Write the year of the source in four digits (2024), or null if it is not known.</translation>
    </message>
    <message>
        <source>“{value}” is not a status. Use “verified”, “partly” or “unverified”.</source>
        <translation>“{value}” is not a status. Use “verified”, “partly” or “unverified”.</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of measure. Use some of: {known}; or leave it out.</source>
        <translation>“{value}” is not a kind of measure. Use some of: {known}; or leave it out.</translation>
    </message>
    <message>
        <source>“{value}” is not a field of a programme. Remove it, or check its spelling.</source>
        <translation>“{value}” is not a field of a programme. Remove it, or check its spelling.</translation>
    </message>
    <message>
        <source>“entries” is “{value}”, not a list. Write the programmes between brackets [ ].</source>
        <translation>“entries” is “{value}”, not a list. Write the programmes between brackets [ ].</translation>
    </message>
    <message>
        <source>The file holds “{value}”; it should hold an object with “country” and “entries”.</source>
        <translation>The file holds “{value}”; it should hold an object with “country” and “entries”.</translation>
    </message>
    <message>
        <source>“country” is “{value}”. Write the country's two capital letters (MA, BE).</source>
        <translation>“country” is “{value}”. Write the country's two capital letters (MA, BE).</translation>
    </message>
    <message>
        <source>“country” is “{value}”, but the file is the list of {expected}. Correct the code or the file's name.</source>
        <translation>“country” is “{value}”, but the file is the list of {expected}. Correct the code or the file's name.</translation>
    </message>
    <message>
        <source>“{value}” is not a field of the file. Remove it, or check its spelling.</source>
        <translation>“{value}” is not a field of the file. Remove it, or check its spelling.</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>The list</translation>
    </message>
    <message>
        <source>{file}, entry {entry} (“{id}”)</source>
        <translation>{file}, entry {entry} (“{id}”)</translation>
    </message>
    <message>
        <source>{file}, entry {entry}</source>
        <translation>{file}, entry {entry}</translation>
    </message>
    <message>
        <source>{place}, field “{field}”</source>
        <translation>{place}, field “{field}”</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>{place}: {problem} {hint}</source>
        <translation>{place}: {problem} {hint}</translation>
    </message>
    <message>
        <source>Correct your list in a text editor, or restore the shipped list (Financial aid window), which deletes your copy. Nothing was written over it.</source>
        <translation>Correct your list in a text editor, or restore the shipped list (Financial aid window), which deletes your copy. Nothing was written over it.</translation>
    </message>
    <message>
        <source>This list comes with the application: reinstall it, or save your own list in its place.</source>
        <translation>This list comes with the application: reinstall it, or save your own list in its place.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {position}). Save it as UTF-8.</source>
        <translation>The file is not UTF-8 text (byte {position}). Save it as UTF-8.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>The file cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {error} at line {line}, column {column}, in “{text}”.</source>
        <translation>The file is not valid JSON: {error} at line {line}, column {column}, in “{text}”.</translation>
    </message>
</context>
<context>
    <name>FinancialAidDialog</name>
    <message>
        <source>Name (French)</source>
        <translation>Name (French)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Description (French)</source>
        <translation>Description (French)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Description (English)</translation>
    </message>
    <message>
        <source>Source (publication)</source>
        <translation>Source (publication)</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{code} — your list</source>
        <translation>{code} — your list</translation>
    </message>
    <message>
        <source>{code} — shipped list</source>
        <translation>{code} — shipped list</translation>
    </message>
    <message>
        <source>This list cannot be read; it is left as it is.</source>
        <translation>This list cannot be read; it is left as it is.</translation>
    </message>
    <message>
        <source>Your own list, saved in {path}. Reports use it instead of the shipped list.</source>
        <translation>Your own list, saved in {path}. Reports use it instead of the shipped list.</translation>
    </message>
    <message>
        <source>The list shipped with the application. Saving it writes your own copy to {path}.</source>
        <translation>The list shipped with the application. Saving it writes your own copy to {path}.</translation>
    </message>
    <message>
        <source>The list could not be saved to {path}: {reason}</source>
        <translation>The list could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}. Reports use this list from now on.</source>
        <translation>Saved to {path}. Reports use this list from now on.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>“{value}” is not a year. Write the year of the source in four digits (2024), or leave it empty.</source>
        <translation>“{value}” is not a year. Write the year of the source in four digits (2024), or leave it empty.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Row {row}, {column}: {problem}</translation>
    </message>
    <message>
        <source>Restore the shipped list</source>
        <translation>Restore the shipped list</translation>
    </message>
    <message>
        <source>Delete your list for {country} ({path}) and use the shipped list again? Your entries are lost.</source>
        <translation>Delete your list for {country} ({path}) and use the shipped list again? Your entries are lost.</translation>
    </message>
    <message>
        <source>Your list could not be deleted: {reason}</source>
        <translation>Your list could not be deleted: {reason}</translation>
    </message>
    <message>
        <source>The shipped list is used again.</source>
        <translation>The shipped list is used again.</translation>
    </message>
    <message>
        <source>Discard your changes to the list of {country}?</source>
        <translation>Discard your changes to the list of {country}?</translation>
    </message>
    <message>
        <source>Financial aid</source>
        <translation>Financial aid</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>What the programme funds, and for whom</source>
        <translation>What the programme funds, and for whom</translation>
    </message>
    <message>
        <source>Add a programme</source>
        <translation>Add a programme</translation>
    </message>
    <message>
        <source>Remove the selected programmes</source>
        <translation>Remove the selected programmes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{carrier} is {share}% of the site's final energy.</source>
        <translation>{carrier} is {share}% of the site's final energy.</translation>
    </message>
    <message>
        <source>{carrier} is {share}% of the site's final energy and {bill}% of its bill.</source>
        <translation>{carrier} is {share}% of the site's final energy and {bill}% of its bill.</translation>
    </message>
    <message>
        <source>The largest end use is {end_use}: about {share}% of the energy billed.</source>
        <translation>The largest end use is {end_use}: about {share}% of the energy billed.</translation>
    </message>
    <message>
        <source>The inventory explains only {share}% of the {carrier} billed: {kwh} kWh a year go to uses not yet identified, to look for first in a detailed audit.</source>
        <translation>The inventory explains only {share}% of the {carrier} billed: {kwh} kWh a year go to uses not yet identified, to look for first in a detailed audit.</translation>
    </message>
    <message>
        <source>{supply}: the cos φ surcharge costs {penalty} {currency} a year ({months} months of {of}); a {kvar} kvar capacitor bank of about {investment} {currency} would remove it.</source>
        <translation>{supply}: the cos φ surcharge costs {penalty} {currency} a year ({months} months of {of}); a {kvar} kvar capacitor bank of about {investment} {currency} would remove it.</translation>
    </message>
    <message>
        <source>{supply}: the cos φ surcharge costs {penalty} {currency} a year ({months} months of {of}); a {kvar} kvar capacitor bank of about {investment} {currency} would remove {saving} {currency} of it.</source>
        <translation>{supply}: the cos φ surcharge costs {penalty} {currency} a year ({months} months of {of}); a {kvar} kvar capacitor bank of about {investment} {currency} would remove {saving} {currency} of it.</translation>
    </message>
    <message>
        <source>{supply}: the power called exceeds the subscribed power; the overrun charges come to {overrun} {currency} over the period.</source>
        <translation>{supply}: the power called exceeds the subscribed power; the overrun charges come to {overrun} {currency} over the period.</translation>
    </message>
    <message>
        <source>{supply}: a subscribed power of {recommended} kVA instead of {current} kVA would cost {saving} {currency} a year less in power and overrun charges (to confirm with the distributor).</source>
        <translation>{supply}: a subscribed power of {recommended} kVA instead of {current} kVA would cost {saving} {currency} a year less in power and overrun charges (to confirm with the distributor).</translation>
    </message>
    <message>
        <source>{supply}: {share}% of the kWh are used in peak hours; moving {moved}% of them to off-peak hours would save {saving} {currency} a year.</source>
        <translation>{supply}: {share}% of the kWh are used in peak hours; moving {moved}% of them to off-peak hours would save {saving} {currency} a year.</translation>
    </message>
    <message numerus="yes">
        <source>{supply}: {count} invoices differ from the tariff by more than the tolerance: {invoices}. Check them with the distributor.</source>
        <translation>
            <numerusform>{supply}: {count} invoice differs from the tariff by more than the tolerance: {invoices}. Check it with the distributor.</numerusform>
            <numerusform>{supply}: {count} invoices differ from the tariff by more than the tolerance: {invoices}. Check them with the distributor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The measure proposed would save {kwh} kWh a year ({share}% of final energy) and {cost} {currency} ({bill}% of the bill), avoiding {co2} t CO2.</source>
        <translation>The measure proposed would save {kwh} kWh a year ({share}% of final energy) and {cost} {currency} ({bill}% of the bill), avoiding {co2} t CO2.</translation>
    </message>
    <message>
        <source>The measures proposed would save {kwh} kWh a year ({share}% of final energy) and {cost} {currency} ({bill}% of the bill), avoiding {co2} t CO2.</source>
        <translation>The measures proposed would save {kwh} kWh a year ({share}% of final energy) and {cost} {currency} ({bill}% of the bill), avoiding {co2} t CO2.</translation>
    </message>
    <message>
        <source>Renewable production would avoid buying {kwh} kWh a year, worth {cost} {currency}.</source>
        <translation>Renewable production would avoid buying {kwh} kWh a year, worth {cost} {currency}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} invoices repeat another one and are left out of every figure.</source>
        <translation>
            <numerusform>{count} invoice repeats another one and is left out of every figure.</numerusform>
            <numerusform>{count} invoices repeat another one and are left out of every figure.</numerusform>
        </translation>
    </message>
    <message>
        <source>{carrier} is billed for {covered} of the 12 months only: its figures are annualised from those months.</source>
        <translation>{carrier} is billed for {covered} of the 12 months only: its figures are annualised from those months.</translation>
    </message>
    <message numerus="yes">
        <source>{count} invoices have no amount: their kWh are counted, their cost is not.</source>
        <translation>
            <numerusform>{count} invoice has no amount: its kWh are counted, its cost is not.</numerusform>
            <numerusform>{count} invoices have no amount: their kWh are counted, their cost is not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapFill</name>
    <message>
        <source>From the month before and the month after</source>
        <translation>From the month before and the month after</translation>
    </message>
    <message>
        <source>From the same month a year earlier</source>
        <translation>From the same month a year earlier</translation>
    </message>
    <message>
        <source>{month} cannot be estimated this way: {references} is not billed in full.</source>
        <translation>{month} cannot be estimated this way: {references} is not billed in full.</translation>
    </message>
    <message>
        <source>Estimated by the auditor from the mean daily use of {before} and {after}.</source>
        <translation>Estimated by the auditor from the mean daily use of {before} and {after}.</translation>
    </message>
    <message>
        <source>Estimated by the auditor from the daily use of {reference}.</source>
        <translation>Estimated by the auditor from the daily use of {reference}.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Final energy</source>
        <translation>Final energy</translation>
    </message>
    <message>
        <source>Energy as the site buys it (electricity, fuels), in kWh on the net heating value basis; not the primary energy used to produce it.</source>
        <translation>Energy as the site buys it (electricity, fuels), in kWh on the net heating value basis; not the primary energy used to produce it.</translation>
    </message>
    <message>
        <source>toe</source>
        <translation>toe</translation>
    </message>
    <message>
        <source>Tonne of oil equivalent: 11,630 kWh of final energy.</source>
        <translation>Tonne of oil equivalent: 11,630 kWh of final energy.</translation>
    </message>
    <message>
        <source>Peak, standard and off-peak hours</source>
        <translation>Peak, standard and off-peak hours</translation>
    </message>
    <message>
        <source>The time-of-use periods of the electricity tariff (heures de pointe, heures pleines, heures creuses), each with its own price per kWh.</source>
        <translation>The time-of-use periods of the electricity tariff (heures de pointe, heures pleines, heures creuses), each with its own price per kWh.</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Subscribed power</translation>
    </message>
    <message>
        <source>The power (kVA) of the contract: the power charge (prime fixe) is billed on it every month.</source>
        <translation>The power (kVA) of the contract: the power charge (prime fixe) is billed on it every month.</translation>
    </message>
    <message>
        <source>Power called</source>
        <translation>Power called</translation>
    </message>
    <message>
        <source>The highest power (kVA) the meter recorded in the month (puissance appelée); above the subscribed power it is billed as an overrun.</source>
        <translation>The highest power (kVA) the meter recorded in the month (puissance appelée); above the subscribed power it is billed as an overrun.</translation>
    </message>
    <message>
        <source>Overrun charges</source>
        <translation>Overrun charges</translation>
    </message>
    <message>
        <source>What the distributor bills for the power called above the subscribed power (RDPS in Morocco).</source>
        <translation>What the distributor bills for the power called above the subscribed power (RDPS in Morocco).</translation>
    </message>
    <message>
        <source>cos φ (power factor)</source>
        <translation>cos φ (power factor)</translation>
    </message>
    <message>
        <source>The share of the power drawn that does work: kWh ÷ √(kWh² + kvarh²). Below the tariff's threshold the bill carries a surcharge; a capacitor bank raises it.</source>
        <translation>The share of the power drawn that does work: kWh ÷ √(kWh² + kvarh²). Below the tariff's threshold the bill carries a surcharge; a capacitor bank raises it.</translation>
    </message>
    <message>
        <source>Reactive energy</source>
        <translation>Reactive energy</translation>
    </message>
    <message>
        <source>Energy (kvarh) that motors and transformers exchange with the grid without using it; it lowers the cos φ.</source>
        <translation>Energy (kvarh) that motors and transformers exchange with the grid without using it; it lowers the cos φ.</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>End use</translation>
    </message>
    <message>
        <source>What the energy is used for (process heat, compressed air, lighting…), from the inventory.</source>
        <translation>What the energy is used for (process heat, compressed air, lighting…), from the inventory.</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Unexplained</translation>
    </message>
    <message>
        <source>The part of the energy billed that the inventory does not account for: shown as such, never spread over the end uses.</source>
        <translation>The part of the energy billed that the inventory does not account for: shown as such, never spread over the end uses.</translation>
    </message>
    <message>
        <source>Simple payback</source>
        <translation>Simple payback</translation>
    </message>
    <message>
        <source>The investment divided by the yearly saving, in years.</source>
        <translation>The investment divided by the yearly saving, in years.</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>Net present value: the yearly savings over the measure's lifetime, discounted, less the investment.</source>
        <translation>Net present value: the yearly savings over the measure's lifetime, discounted, less the investment.</translation>
    </message>
    <message>
        <source>Renewable production</source>
        <translation>Renewable production</translation>
    </message>
    <message>
        <source>Energy produced on site (solar panels, solar water heating): it reduces purchases, not the energy the site uses, and is counted apart from savings.</source>
        <translation>Energy produced on site (solar panels, solar water heating): it reduces purchases, not the energy the site uses, and is counted apart from savings.</translation>
    </message>
    <message>
        <source>t CO2 avoided</source>
        <translation>t CO2 avoided</translation>
    </message>
    <message>
        <source>The emissions a saving avoids each year, with the factor of the carrier saved (for electricity, the grid's combined margin).</source>
        <translation>The emissions a saving avoids each year, with the factor of the carrier saved (for electricity, the grid's combined margin).</translation>
    </message>
    <message>
        <source>MT (medium voltage)</source>
        <translation>MT (medium voltage)</translation>
    </message>
    <message>
        <source>Supply at medium voltage (moyenne tension), billed by ONEE or the city's distributor on the general MT tariff: energy by time of use, power charge, overruns and the cos φ surcharge.</source>
        <translation>Supply at medium voltage (moyenne tension), billed by ONEE or the city's distributor on the general MT tariff: energy by time of use, power charge, overruns and the cos φ surcharge.</translation>
    </message>
    <message>
        <source>Excl. VAT, incl. VAT</source>
        <translation>Excl. VAT, incl. VAT</translation>
    </message>
    <message>
        <source>Amounts before and after VAT (HT, TTC). The report's costs exclude VAT, which a company recovers.</source>
        <translation>Amounts before and after VAT (HT, TTC). The report's costs exclude VAT, which a company recovers.</translation>
    </message>
    <message>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <source>Distribution system operator (gestionnaire de réseau de distribution, GRD; ORES or RESA in Wallonia): it runs the local grid and the meters; its network charges appear on the supplier's bill.</source>
        <translation>Distribution system operator (gestionnaire de réseau de distribution, GRD; ORES or RESA in Wallonia): it runs the local grid and the meters; its network charges appear on the supplier's bill.</translation>
    </message>
    <message>
        <source>Quarter-hour peak</source>
        <translation>Quarter-hour peak</translation>
    </message>
    <message>
        <source>The highest average power over a quarter of an hour in the month, read by the meter; a medium-voltage customer's network capacity charges are billed on it.</source>
        <translation>The highest average power over a quarter of an hour in the month, read by the meter; a medium-voltage customer's network capacity charges are billed on it.</translation>
    </message>
    <message>
        <source>Gross calorific value (GCV)</source>
        <translation>Gross calorific value (GCV)</translation>
    </message>
    <message>
        <source>Natural gas is billed in kWh on the gross calorific value (PCS), which counts the heat of the water vapour; the report converts it to the net value (PCI), as for every carrier.</source>
        <translation>Natural gas is billed in kWh on the gross calorific value (PCS), which counts the heat of the water vapour; the report converts it to the net value (PCI), as for every carrier.</translation>
    </message>
</context>
<context>
    <name>Horizon</name>
    <message>
        <source>Immediate (within 3 months)</source>
        <translation>Immediate (within 3 months)</translation>
    </message>
    <message>
        <source>Short term (within a year)</source>
        <translation>Short term (within a year)</translation>
    </message>
    <message>
        <source>Medium term (1 to 3 years)</source>
        <translation>Medium term (1 to 3 years)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>“{field}” is not an import field (fields: {fields}).</source>
        <translation>“{field}” is not an import field (fields: {fields}).</translation>
    </message>
    <message>
        <source>{file} has {count} columns named “{column}” (columns {numbers}): choose one by its number.</source>
        <translation>{file} has {count} columns named “{column}” (columns {numbers}): choose one by its number.</translation>
    </message>
    <message>
        <source>{file} has no column “{column}” (columns: {columns}).</source>
        <translation>{file} has no column “{column}” (columns: {columns}).</translation>
    </message>
    <message>
        <source>{file}: no column was recognised as “{label}” (nor as any field that can stand for it). Choose its column with --map {field}=COLUMN (a header or a column number).</source>
        <translation>{file}: no column was recognised as “{label}” (nor as any field that can stand for it). Choose its column with --map {field}=COLUMN (a header or a column number).</translation>
    </message>
    <message>
        <source>{count} columns are named “{column}” (columns {numbers}); {used}. Check the mapping.</source>
        <translation>{count} columns are named “{column}” (columns {numbers}); {used}. Check the mapping.</translation>
    </message>
    <message>
        <source>column {number} is read as “{label}”</source>
        <translation>column {number} is read as “{label}”</translation>
    </message>
    <message>
        <source>none of them is read</source>
        <translation>none of them is read</translation>
    </message>
    <message>
        <source>Column {number} “{column}” is energy sent to the grid (injection), not bought: it is not read.</source>
        <translation>Column {number} “{column}” is energy sent to the grid (injection), not bought: it is not read.</translation>
    </message>
    <message>
        <source>Column {number} “{column}” looks like “{label}” but is not read; choose it in the mapping if it should be.</source>
        <translation>Column {number} “{column}” looks like “{label}” but is not read; choose it in the mapping if it should be.</translation>
    </message>
    <message>
        <source>{file}: the amounts of column “{column}” are in {found}, but those of {site} are in {currency}. Set the site's currency to {found}, or convert the amounts first.</source>
        <translation>{file}: the amounts of column “{column}” are in {found}, but those of {site} are in {currency}. Set the site's currency to {found}, or convert the amounts first.</translation>
    </message>
    <message>
        <source>The mapping remembered for this header row on {saved} was used; the dialog can forget it.</source>
        <translation>The mapping remembered for this header row on {saved} was used; the dialog can forget it.</translation>
    </message>
    <message>
        <source>Row {row} repeats row {first} exactly.</source>
        <translation>Row {row} repeats row {first} exactly.</translation>
    </message>
    <message>
        <source>Factor used: {key} = {value} {unit} ({origin}).</source>
        <translation>Factor used: {key} = {value} {unit} ({origin}).</translation>
    </message>
    <message>
        <source>Row {row} is a total (“{label}”), not an invoice: it is not imported, so that its rows are not counted twice.</source>
        <translation>Row {row} is a total (“{label}”), not an invoice: it is not imported, so that its rows are not counted twice.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Row {first} already gives this period ({when}) with other figures; row {first} is kept. If both are invoices, give each its invoice number; if one corrects the other, keep only the right one.</source>
        <translation>Row {first} already gives this period ({when}) with other figures; row {first} is kept. If both are invoices, give each its invoice number; if one corrects the other, keep only the right one.</translation>
    </message>
    <message>
        <source>There is no import profile named “{name}” (known: {known}).</source>
        <translation>There is no import profile named “{name}” (known: {known}).</translation>
    </message>
    <message>
        <source>No date of the file shows whether the day or the month comes first; they were read as {order}, the order in which its periods make sense. Check the periods.</source>
        <translation>No date of the file shows whether the day or the month comes first; they were read as {order}, the order in which its periods make sense. Check the periods.</translation>
    </message>
    <message>
        <source>No date of the file shows whether the day or the month comes first; they were read as {order}. Check the periods.</source>
        <translation>No date of the file shows whether the day or the month comes first; they were read as {order}. Check the periods.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/dd/yyyy</translation>
    </message>
    <message>
        <source>The oldest bill ({end}) has no previous bill: it is taken as one month long.</source>
        <translation>The oldest bill ({end}) has no previous bill: it is taken as one month long.</translation>
    </message>
    <message>
        <source>This cell is empty.</source>
        <translation>This cell is empty.</translation>
    </message>
    <message>
        <source>Quantities in {unit} cannot be turned into {target} without a factor: give the supply its heating value (the supply's form, or workbench set-supply … --heating-value), or set the supply's unit to {unit}.</source>
        <translation>Quantities in {unit} cannot be turned into {target} without a factor: give the supply its heating value (the supply's form, or workbench set-supply … --heating-value), or set the supply's unit to {unit}.</translation>
    </message>
    <message>
        <source>This cell is empty: give the reading multiplier (1 if the meter has none).</source>
        <translation>This cell is empty: give the reading multiplier (1 if the meter has none).</translation>
    </message>
    <message>
        <source>A reading multiplier is greater than zero.</source>
        <translation>A reading multiplier is greater than zero.</translation>
    </message>
    <message>
        <source>This cell is empty: a consumption needs both indexes of the register.</source>
        <translation>This cell is empty: a consumption needs both indexes of the register.</translation>
    </message>
    <message>
        <source>The index went down, from {previous} to {current}: did the meter roll over (its counter passed 99…9) or was it replaced? If it rolled over, say so (in the dialog, or --rollover {row}); if it was replaced, type this bill's consumption by hand.</source>
        <translation>The index went down, from {previous} to {current}: did the meter roll over (its counter passed 99…9) or was it replaced? If it rolled over, say so (in the dialog, or --rollover {row}); if it was replaced, type this bill's consumption by hand.</translation>
    </message>
    <message>
        <source>The bill gives {billed} but its indexes give {readings}; correct one of them.</source>
        <translation>The bill gives {billed} but its indexes give {readings}; correct one of them.</translation>
    </message>
    <message>
        <source>{file}: there is no such file.</source>
        <translation>{file}: there is no such file.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>{file} is protected by a password; save an unprotected copy.</source>
        <translation>{file} is protected by a password; save an unprotected copy.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a table of invoices can be: export a shorter period or split the file.</source>
        <translation>{file} is {size} MB, more than the {limit} MB a table of invoices can be: export a shorter period or split the file.</translation>
    </message>
    <message>
        <source>{file} cannot be opened ({reason}); check that it is not open elsewhere.</source>
        <translation>{file} cannot be opened ({reason}); check that it is not open elsewhere.</translation>
    </message>
    <message>
        <source>{file} is in {format} format, which cannot be read here: open it in Excel or LibreOffice Calc and save it as XLSX or CSV.</source>
        <translation>{file} is in {format} format, which cannot be read here: open it in Excel or LibreOffice Calc and save it as XLSX or CSV.</translation>
    </message>
    <message>
        <source>{file} is in {format} format, not a table of invoices: export the invoices as CSV or Excel (XLSX).</source>
        <translation>{file} is in {format} format, not a table of invoices: export the invoices as CSV or Excel (XLSX).</translation>
    </message>
    <message>
        <source>{file} is an image ({format}), not a table of invoices: type the invoices into a spreadsheet, or export them as CSV or Excel (XLSX).</source>
        <translation>{file} is an image ({format}), not a table of invoices: type the invoices into a spreadsheet, or export them as CSV or Excel (XLSX).</translation>
    </message>
    <message>
        <source>{file} is an archive ({format}), not a table of invoices: extract the table from it and import that file.</source>
        <translation>{file} is an archive ({format}), not a table of invoices: extract the table from it and import that file.</translation>
    </message>
    <message>
        <source>{file} is not a text table (CSV or TXT) nor a spreadsheet: export the invoices as CSV or Excel (XLSX).</source>
        <translation>{file} is not a text table (CSV or TXT) nor a spreadsheet: export the invoices as CSV or Excel (XLSX).</translation>
    </message>
    <message>
        <source>{file} cannot be read as a spreadsheet ({reason}); open it in Excel or LibreOffice Calc and save it again, or export it as CSV.</source>
        <translation>{file} cannot be read as a spreadsheet ({reason}); open it in Excel or LibreOffice Calc and save it again, or export it as CSV.</translation>
    </message>
    <message>
        <source>{file}: “{encoding}” is not a text encoding this program knows; choose another one (e.g. UTF-8 or Windows-1252).</source>
        <translation>{file}: “{encoding}” is not a text encoding this program knows; choose another one (e.g. UTF-8 or Windows-1252).</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding} text (row {row}); choose another encoding.</source>
        <translation>{file} cannot be read as {encoding} text (row {row}); choose another encoding.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row runs over {limit} characters, far too long for a row of invoices; a quotation mark (") may be missing near column {column}. Correct the file or export it again.</source>
        <translation>{file}, row {row}: the row runs over {limit} characters, far too long for a row of invoices; a quotation mark (") may be missing near column {column}. Correct the file or export it again.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a text table at row {row} ({reason}); correct the file.</source>
        <translation>{file} cannot be read as a text table at row {row} ({reason}); correct the file.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the cell holds a NUL character (byte 0), so the file is damaged or is not a text table. Export it again, or open it in a spreadsheet and save it as CSV.</source>
        <translation>{file}, row {row}, column {column}: the cell holds a NUL character (byte 0), so the file is damaged or is not a text table. Export it again, or open it in a spreadsheet and save it as CSV.</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the cell holds more than {limit} characters, which no invoice value does; a quotation mark (") may be missing before it. Correct the file or export it again.</source>
        <translation>{file}, row {row}, column {column}: the cell holds more than {limit} characters, which no invoice value does; a quotation mark (") may be missing before it. Correct the file or export it again.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows, more than a load curve can be read at once: split it.</source>
        <translation>{file} has more than {limit} rows, more than a load curve can be read at once: split it.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows: no table of invoices is that long. If it is a meter export, import it as a load curve; otherwise split it into smaller files.</source>
        <translation>{file} has more than {limit} rows: no table of invoices is that long. If it is a meter export, import it as a load curve; otherwise split it into smaller files.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the row has {count} cells, more than the {limit} columns of a spreadsheet; the file is not a table of invoices, or its delimiter is wrong (choose another one).</source>
        <translation>{file}, row {row}: the row has {count} cells, more than the {limit} columns of a spreadsheet; the file is not a table of invoices, or its delimiter is wrong (choose another one).</translation>
    </message>
    <message>
        <source>{file} has more than {limit} cells (by row {row}): no table of invoices is that large. Split it into smaller files.</source>
        <translation>{file} has more than {limit} cells (by row {row}): no table of invoices is that large. Split it into smaller files.</translation>
    </message>
    <message>
        <source>{file} holds too much data to be read: its first {rows} rows already take more than {limit} MB. Split it into smaller files.</source>
        <translation>{file} holds too much data to be read: its first {rows} rows already take more than {limit} MB. Split it into smaller files.</translation>
    </message>
    <message>
        <source>{file} is a load curve ({minutes}-minute intervals, registers: {registers}), not a table of invoices: import it as a load curve.</source>
        <translation>{file} is a load curve ({minutes}-minute intervals, registers: {registers}), not a table of invoices: import it as a load curve.</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>{file} has no sheet named “{sheet}” (sheets: {sheets}).</translation>
    </message>
    <message>
        <source>{file} holds no data.</source>
        <translation>{file} holds no data.</translation>
    </message>
    <message>
        <source>{file} has a sheet spanning more than {limit} cells (rows × columns), far more than a table of invoices: delete the unused rows and columns, or export the invoices as CSV.</source>
        <translation>{file} has a sheet spanning more than {limit} cells (rows × columns), far more than a table of invoices: delete the unused rows and columns, or export the invoices as CSV.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} archive members: it is not a workbook of invoices. Export the invoices as CSV or Excel (XLSX).</source>
        <translation>{file} holds more than {limit} archive members: it is not a workbook of invoices. Export the invoices as CSV or Excel (XLSX).</translation>
    </message>
    <message>
        <source>{file} would unpack to more than {limit} MB, far more than a workbook of invoices: it is damaged or built to exhaust memory. Export the invoices as CSV, or save a smaller copy of the workbook.</source>
        <translation>{file} would unpack to more than {limit} MB, far more than a workbook of invoices: it is damaged or built to exhaust memory. Export the invoices as CSV, or save a smaller copy of the workbook.</translation>
    </message>
    <message>
        <source>{file} holds a member ({member}) compressed more than {ratio} to 1, as archive bombs are: it is refused. Save the workbook again from the spreadsheet, or export the invoices as CSV.</source>
        <translation>{file} holds a member ({member}) compressed more than {ratio} to 1, as archive bombs are: it is refused. Save the workbook again from the spreadsheet, or export the invoices as CSV.</translation>
    </message>
    <message>
        <source>{file} is damaged: its member {member} is not the size the archive says. Save or download it again.</source>
        <translation>{file} is damaged: its member {member} is not the size the archive says. Save or download it again.</translation>
    </message>
    <message>
        <source>{file} repeats its texts into more than {limit} million characters of cells, far more than a workbook of invoices: it is refused. Export the invoices as CSV.</source>
        <translation>{file} repeats its texts into more than {limit} million characters of cells, far more than a workbook of invoices: it is refused. Export the invoices as CSV.</translation>
    </message>
    <message>
        <source>{file}: the decimal mark cannot be told from the numbers — “{example}” could be a thousand times more or less. Choose the decimal mark (on the command line: --decimal , or --decimal .).</source>
        <translation>{file}: the decimal mark cannot be told from the numbers — “{example}” could be a thousand times more or less. Choose the decimal mark (on the command line: --decimal , or --decimal .).</translation>
    </message>
    <message>
        <source>{file}: there is no row {row} to use as the header.</source>
        <translation>{file}: there is no row {row} to use as the header.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <source>“{text}” is not a real date.</source>
        <translation>“{text}” is not a real date.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>“{text}” is not a date.</translation>
    </message>
    <message>
        <source>“{text}” is not a month.</source>
        <translation>“{text}” is not a month.</translation>
    </message>
    <message>
        <source>“{text}” is neither yes nor no.</source>
        <translation>“{text}” is neither yes nor no.</translation>
    </message>
    <message>
        <source>“{text}” is not an end use.</source>
        <translation>“{text}” is not an end use.</translation>
    </message>
    <message>
        <source>“{text}” is not an energy carrier.</source>
        <translation>“{text}” is not an energy carrier.</translation>
    </message>
    <message>
        <source>This row cannot be read as an equipment item.</source>
        <translation>This row cannot be read as an equipment item.</translation>
    </message>
    <message>
        <source>{file}: no column of equipment names was found (columns: {columns}).</source>
        <translation>{file}: no column of equipment names was found (columns: {columns}).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identical</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Invoices to import</source>
        <translation>Invoices to import</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>No column was recognised as “{label}”: choose its column under Columns.</source>
        <translation>No column was recognised as “{label}”: choose its column under Columns.</translation>
    </message>
    <message>
        <source>Import into: {site} ▸ {supply}</source>
        <translation>Import into: {site} ▸ {supply}</translation>
    </message>
    <message>
        <source>(a new supply, in {unit})</source>
        <translation>(a new supply, in {unit})</translation>
    </message>
    <message>
        <source>The columns are read as you chose them for this header row on {saved}.</source>
        <translation>The columns are read as you chose them for this header row on {saved}.</translation>
    </message>
    <message>
        <source>Meter rollovers</source>
        <translation>Meter rollovers</translation>
    </message>
    <message>
        <source>In rows {rows} a meter index went down. If the counter rolled over (passed 99…9), the consumption is worked out past the rollover. If a meter was replaced, answer No and type those bills' consumption by hand.

Did these counters roll over?</source>
        <translation>In rows {rows} a meter index went down. If the counter rolled over (passed 99…9), the consumption is worked out past the rollover. If a meter was replaced, answer No and type those bills' consumption by hand.

Did these counters roll over?</translation>
    </message>
    <message>
        <source>Replaces the stored bill: {changes}</source>
        <translation>Replaces the stored bill: {changes}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Invoice / note</source>
        <translation>Invoice / note</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Off-peak</translation>
    </message>
    <message>
        <source>Reactive (kvarh)</source>
        <translation>Reactive (kvarh)</translation>
    </message>
    <message>
        <source>Reached power</source>
        <translation>Reached power</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Cost excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Cost incl. VAT</source>
        <translation>Cost incl. VAT</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Choose a file of invoices (CSV, TXT, XLSX, XLS or ODS).</source>
        <translation>Choose a file of invoices (CSV, TXT, XLSX, XLS or ODS).</translation>
    </message>
    <message>
        <source>{read} rows read: {new} new, {changed} changed, {identical} identical, {refused} refused, {skipped} skipped.</source>
        <translation>{read} rows read: {new} new, {changed} changed, {identical} identical, {refused} refused, {skipped} skipped.</translation>
    </message>
    <message>
        <source>{column}, {count} × — {reason} (first: row {first}) Rows {rows}.</source>
        <translation>{column}, {count} × — {reason} (first: row {first}) Rows {rows}.</translation>
    </message>
    <message>
        <source>… and {count} other reasons: see the Reason column.</source>
        <translation>… and {count} other reasons: see the Reason column.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Save the refused rows</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>Import invoices</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separator</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Decimal mark</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detected</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>What will be stored</source>
        <translation>What will be stored</translation>
    </message>
    <message>
        <source>The file as read</source>
        <translation>The file as read</translation>
    </message>
    <message>
        <source>Forget this mapping</source>
        <translation>Forget this mapping</translation>
    </message>
    <message>
        <source>Meter rollovers…</source>
        <translation>Meter rollovers…</translation>
    </message>
    <message>
        <source>Leave the refused rows out</source>
        <translation>Leave the refused rows out</translation>
    </message>
    <message>
        <source>Save the refused rows…</source>
        <translation>Save the refused rows…</translation>
    </message>
    <message>
        <source>Save the mapping…</source>
        <translation>Save the mapping…</translation>
    </message>
    <message>
        <source>Import as a load curve…</source>
        <translation>Import as a load curve…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{row} (header)</source>
        <translation>{row} (header)</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>kWh peak hours</source>
        <translation>kWh peak hours</translation>
    </message>
    <message>
        <source>kWh standard hours</source>
        <translation>kWh standard hours</translation>
    </message>
    <message>
        <source>kWh off-peak hours</source>
        <translation>kWh off-peak hours</translation>
    </message>
    <message>
        <source>Reactive energy (kvarh)</source>
        <translation>Reactive energy (kvarh)</translation>
    </message>
    <message>
        <source>Reached power (kW)</source>
        <translation>Reached power (kW)</translation>
    </message>
    <message>
        <source>Reached power (kVA)</source>
        <translation>Reached power (kVA)</translation>
    </message>
    <message>
        <source>Subscribed power (kVA)</source>
        <translation>Subscribed power (kVA)</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Cost excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Cost incl. VAT</source>
        <translation>Cost incl. VAT</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Previous index</source>
        <translation>Previous index</translation>
    </message>
    <message>
        <source>Current index</source>
        <translation>Current index</translation>
    </message>
    <message>
        <source>Previous index, peak hours</source>
        <translation>Previous index, peak hours</translation>
    </message>
    <message>
        <source>Current index, peak hours</source>
        <translation>Current index, peak hours</translation>
    </message>
    <message>
        <source>Previous index, standard hours</source>
        <translation>Previous index, standard hours</translation>
    </message>
    <message>
        <source>Current index, standard hours</source>
        <translation>Current index, standard hours</translation>
    </message>
    <message>
        <source>Previous index, off-peak hours</source>
        <translation>Previous index, off-peak hours</translation>
    </message>
    <message>
        <source>Current index, off-peak hours</source>
        <translation>Current index, off-peak hours</translation>
    </message>
    <message>
        <source>Previous index, reactive energy</source>
        <translation>Previous index, reactive energy</translation>
    </message>
    <message>
        <source>Current index, reactive energy</source>
        <translation>Current index, reactive energy</translation>
    </message>
    <message>
        <source>Reading multiplier</source>
        <translation>Reading multiplier</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LoadCurve</name>
    <message>
        <source>No column gives the time of the intervals.</source>
        <translation>No column gives the time of the intervals.</translation>
    </message>
    <message>
        <source>No column gives the values.</source>
        <translation>No column gives the values.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>“{text}” is not a date and time.</translation>
    </message>
    <message>
        <source>“{text}” is not a unit of energy or power (kWh, Wh, kW, W or m³).</source>
        <translation>“{text}” is not a unit of energy or power (kWh, Wh, kW, W or m³).</translation>
    </message>
    <message>
        <source>The file does not say the unit of the values: say it (kW, kWh, W or Wh) and import again.</source>
        <translation>The file does not say the unit of the values: say it (kW, kWh, W or Wh) and import again.</translation>
    </message>
    <message>
        <source>The length of the intervals cannot be told (a single reading).</source>
        <translation>The length of the intervals cannot be told (a single reading).</translation>
    </message>
    <message>
        <source>The clocks of {zone} go back on {day}, but the file writes its hour {time} only once: the meter's clock does not change. Give its fixed offset as the time zone (e.g. Etc/GMT-1 for UTC+1) and import again.</source>
        <translation>The clocks of {zone} go back on {day}, but the file writes its hour {time} only once: the meter's clock does not change. Give its fixed offset as the time zone (e.g. Etc/GMT-1 for UTC+1) and import again.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks skip that hour. Check the time zone of the meter.</source>
        <translation>{time} does not exist in {zone}: the clocks skip that hour. Check the time zone of the meter.</translation>
    </message>
    <message>
        <source>{time} is written more than twice for the same register.</source>
        <translation>{time} is written more than twice for the same register.</translation>
    </message>
    <message>
        <source>{register}: a second reading for the interval of {time} (row {other}), with another value.</source>
        <translation>{register}: a second reading for the interval of {time} (row {other}), with another value.</translation>
    </message>
    <message>
        <source>{register}: the interval of {time} overlaps the interval before it.</source>
        <translation>{register}: the interval of {time} overlaps the interval before it.</translation>
    </message>
    <message>
        <source>No row of the header labels the intervals of a day.</source>
        <translation>No row of the header labels the intervals of a day.</translation>
    </message>
    <message>
        <source>{date} has {hours} hours: column “{column}” is after its end.</source>
        <translation>{date} has {hours} hours: column “{column}” is after its end.</translation>
    </message>
</context>
<context>
    <name>LoadCurveDialog</name>
    <message>
        <source>Load curve to import</source>
        <translation>Load curve to import</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one in the list or type one (e.g. Africa/Casablanca).</source>
        <translation>“{zone}” is not a time zone: choose one in the list or type one (e.g. Africa/Casablanca).</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Placing the intervals of {file} on the meter's clock…</source>
        <translation>Placing the intervals of {file} on the meter's clock…</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <source>(each number column, one register each)</source>
        <translation>(each number column, one register each)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>The columns are read as you chose them for this header row on {saved}.</source>
        <translation>The columns are read as you chose them for this header row on {saved}.</translation>
    </message>
    <message>
        <source>{site} has no supply to hold a load curve: add an electricity supply first.</source>
        <translation>{site} has no supply to hold a load curve: add an electricity supply first.</translation>
    </message>
    <message>
        <source>Choose the file of a meter's load curve.</source>
        <translation>Choose the file of a meter's load curve.</translation>
    </message>
    <message numerus="yes">
        <source>{rows} rows read, %n refused: nothing will be stored. Correct the file, or say which column is what, and the preview follows.</source>
        <translation>
            <numerusform>{rows} rows read, %n refused: nothing will be stored. Correct the file, or say which column is what, and the preview follows.</numerusform>
            <numerusform>{rows} rows read, %n refused: nothing will be stored. Correct the file, or say which column is what, and the preview follows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} rows read into %n registers, none refused.</source>
        <translation>
            <numerusform>{rows} rows read into %n register, none refused.</numerusform>
            <numerusform>{rows} rows read into %n registers, none refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat an interval with the same value: read once.</source>
        <translation>
            <numerusform>%n row repeats an interval with the same value: read once.</numerusform>
            <numerusform>%n rows repeat an interval with the same value: read once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was stored: %n intervals of the file differ from the readings already stored for this supply.</source>
        <translation>
            <numerusform>Nothing was stored: %n interval of the file differs from the readings already stored for this supply.</numerusform>
            <numerusform>Nothing was stored: %n intervals of the file differ from the readings already stored for this supply.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times placed on the {zone} clock.</source>
        <translation>Times placed on the {zone} clock.</translation>
    </message>
    <message>
        <source>Offtake</source>
        <translation>Offtake</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervals</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>First interval</source>
        <translation>First interval</translation>
    </message>
    <message>
        <source>Last interval</source>
        <translation>Last interval</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>{register}, {when}: {new} kWh in the file, {stored} kWh already stored</source>
        <translation>{register}, {when}: {new} kWh in the file, {stored} kWh already stored</translation>
    </message>
    <message>
        <source>Import a load curve</source>
        <translation>Import a load curve</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>Meter's clock</source>
        <translation>Meter's clock</translation>
    </message>
    <message>
        <source>Unit of the values</source>
        <translation>Unit of the values</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Decimal mark</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>as the file says</source>
        <translation>as the file says</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detected</translation>
    </message>
    <message>
        <source>The time zone the meter writes its times in. A meter that stays on UTC+1 all year: Etc/GMT-1.</source>
        <translation>The time zone the meter writes its times in. A meter that stays on UTC+1 all year: Etc/GMT-1.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Forget this mapping</source>
        <translation>Forget this mapping</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registers</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoadCurveField</name>
    <message>
        <source>Start (date and time, or date)</source>
        <translation>Start (date and time, or date)</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End (date and time, or date)</source>
        <translation>End (date and time, or date)</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation>Interval length</translation>
    </message>
</context>
<context>
    <name>LoadCurvePage</name>
    <message>
        <source>Offtake</source>
        <translation>Offtake</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>Monday to Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Hours a year at or above the power</source>
        <translation>Hours a year at or above the power</translation>
    </message>
    <message>
        <source>P10–P90 band</source>
        <translation>P10–P90 band</translation>
    </message>
    <message>
        <source>{supply} — load curve</source>
        <translation>{supply} — load curve</translation>
    </message>
    <message>
        <source>{first} – {last}: {count} intervals of {minutes} min, {missing} missing; times in {zone}.</source>
        <translation>{first} – {last}: {count} intervals of {minutes} min, {missing} missing; times in {zone}.</translation>
    </message>
    <message>
        <source>The time zone of {country} is not known: times are shown in UTC.</source>
        <translation>The time zone of {country} is not known: times are shown in UTC.</translation>
    </message>
    <message>
        <source>{caption}: {energy}</source>
        <translation>{caption}: {energy}</translation>
    </message>
    <message>
        <source>Costed at the mean billed price, {price} per kWh excl. VAT (every charge over the billed kWh, {count} bills from {first} to {last}).</source>
        <translation>Costed at the mean billed price, {price} per kWh excl. VAT (every charge over the billed kWh, {count} bills from {first} to {last}).</translation>
    </message>
    <message>
        <source>Not costed: no bill of this period has both a cost excl. VAT and a quantity.</source>
        <translation>Not costed: no bill of this period has both a cost excl. VAT and a quantity.</translation>
    </message>
    <message>
        <source>Outside the running hours declared on the site's page.</source>
        <translation>Outside the running hours declared on the site's page.</translation>
    </message>
    <message>
        <source>Declare the first shift's start on the site's page to see the off-hours share.</source>
        <translation>Declare the first shift's start on the site's page to see the off-hours share.</translation>
    </message>
    <message>
        <source>Energy over the period</source>
        <translation>Energy over the period</translation>
    </message>
    <message>
        <source>Peak, {when}</source>
        <translation>Peak, {when}</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Base load (daily 5 % quantile)</source>
        <translation>Base load (daily 5% quantile)</translation>
    </message>
    <message>
        <source>The mean over the days of each day's 5 % quantile of power.</source>
        <translation>The mean over the days of each day's 5% quantile of power.</translation>
    </message>
    <message>
        <source>Mean power 00:00–05:00</source>
        <translation>Mean power 00:00–05:00</translation>
    </message>
    <message>
        <source>Load factor</source>
        <translation>Load factor</translation>
    </message>
    <message>
        <source>The mean power over the peak power.</source>
        <translation>The mean power over the peak power.</translation>
    </message>
    <message>
        <source>Saturdays and Sundays</source>
        <translation>Saturdays and Sundays</translation>
    </message>
    <message>
        <source>Outside running hours</source>
        <translation>Outside running hours</translation>
    </message>
    <message>
        <source>Subscribed power {power}</source>
        <translation>Subscribed power {power}</translation>
    </message>
    <message>
        <source>{day}, {time}: {value}</source>
        <translation>{day}, {time}: {value}</translation>
    </message>
    <message>
        <source>Mean power by day and time of day</source>
        <translation>Mean power by day and time of day</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Load duration curve</source>
        <translation>Load duration curve</translation>
    </message>
    <message>
        <source>Power ({unit})</source>
        <translation>Power ({unit})</translation>
    </message>
    <message>
        <source>Hours at or above the power</source>
        <translation>Hours at or above the power</translation>
    </message>
    <message>
        <source>Typical days</source>
        <translation>Typical days</translation>
    </message>
    <message numerus="yes">
        <source>In %n bill periods the curve's peak is under 70 % of the reached power the bill states: check that the curve is this supply's meter and that its values are not scaled (meter constant).</source>
        <translation><numerusform>In %n bill period the curve's peak is under 70% of the reached power the bill states: check that the curve is this supply's meter and that its values are not scaled (meter constant).</numerusform><numerusform>In %n bill periods the curve's peak is under 70% of the reached power the bill states: check that the curve is this supply's meter and that its values are not scaled (meter constant).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n bills the curve covers whole give no reached power: the curve's peak over the period's cos φ can fill them in (the tariff page's subscribed-power study then counts those months).</source>
        <translation>
            <numerusform>%n bill the curve covers whole gives no reached power: the curve's peak over the period's cos φ can fill it in (the tariff page's subscribed-power study then counts that month).</numerusform>
            <numerusform>%n bills the curve covers whole give no reached power: the curve's peak over the period's cos φ can fill them in (the tariff page's subscribed-power study then counts those months).</numerusform>
        </translation>
    </message>
    <message>
        <source>Intervals with a reading</source>
        <translation>Intervals with a reading</translation>
    </message>
    <message>
        <source>Intervals with a reading; lowest month {month}: {share}</source>
        <translation>Intervals with a reading; lowest month {month}: {share}</translation>
    </message>
    <message>
        <source>Power interval by interval</source>
        <translation>Power interval by interval</translation>
    </message>
    <message>
        <source>Fill them in</source>
        <translation>Fill them in</translation>
    </message>
    <message>
        <source>Reached powers from the load curve</source>
        <translation>Reached powers from the load curve</translation>
    </message>
    <message>
        <source>Reached power from the load curve: peak {kw} ÷ cos φ {cos_phi}.</source>
        <translation>Reached power from the load curve: peak {kw} ÷ cos φ {cos_phi}.</translation>
    </message>
    <message>
        <source>part covered</source>
        <translation>part covered</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Billed kWh</source>
        <translation>Billed kWh</translation>
    </message>
    <message>
        <source>Curve kWh</source>
        <translation>Curve kWh</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Curve − billed</source>
        <translation>Curve − billed</translation>
    </message>
    <message>
        <source>Curve peak (kW)</source>
        <translation>Curve peak (kW)</translation>
    </message>
    <message>
        <source>Reached power billed</source>
        <translation>Reached power billed</translation>
    </message>
    <message>
        <source>Curve peak / standard / off-peak</source>
        <translation>Curve peak / standard / off-peak</translation>
    </message>
    <message>
        <source>Billed peak / standard / off-peak</source>
        <translation>Billed peak / standard / off-peak</translation>
    </message>
    <message>
        <source>Meter:</source>
        <translation>Meter:</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heat map</translation>
    </message>
    <message>
        <source>Duration curve</source>
        <translation>Duration curve</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Time series</translation>
    </message>
    <message>
        <source>Against the bills</source>
        <translation>Against the bills</translation>
    </message>
    <message>
        <source>Solar PV</source>
        <translation>Solar PV</translation>
    </message>
    <message>
        <source>Zoom with the wheel, drag along time. Zoomed out, each point pair is the lowest and highest interval of its stretch: no peak is lost; a gap breaks the line.</source>
        <translation>Zoom with the wheel, drag along time. Zoomed out, each point pair is the lowest and highest interval of its stretch: no peak is lost; a gap breaks the line.</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Whole period</translation>
    </message>
    <message>
        <source>This supply has no load curve: import one with File ▸ Import.</source>
        <translation>This supply has no load curve: import one with File ▸ Import.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo {command}</source>
        <translation>Undo {command}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo {command}</source>
        <translation>Redo {command}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>Updated from an older format; the original was kept as {backup}.</source>
        <translation>Updated from an older format; the original was kept as {backup}.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Changes not yet in the file</source>
        <translation>Changes not yet in the file</translation>
    </message>
    <message>
        <source>Done: {command}</source>
        <translation>Done: {command}</translation>
    </message>
    <message>
        <source>Undone: {command}</source>
        <translation>Undone: {command}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Import invoices</source>
        <translation>Import invoices</translation>
    </message>
    <message>
        <source>Select the site the invoices belong to first.</source>
        <translation>Select the site the invoices belong to first.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Workspaces (*.eaw)</source>
        <translation>Workspaces (*.eaw)</translation>
    </message>
    <message>
        <source>Programme name:</source>
        <translation>Programme name:</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Cannot create the workspace</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Open a workspace</translation>
    </message>
    <message>
        <source>Workspaces (*.eaw);;All files (*)</source>
        <translation>Workspaces (*.eaw);;All files (*)</translation>
    </message>
    <message>
        <source>Writing the demo programme…</source>
        <translation>Writing the demo programme…</translation>
    </message>
    <message>
        <source>The demo programme was not written.</source>
        <translation>The demo programme was not written.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Copy saved to {path}.</source>
        <translation>Copy saved to {path}.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open the &amp;demo programme</source>
        <translation>Open the &amp;demo programme</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Import invoices or a load curve…</source>
        <translation>&amp;Import invoices or a load curve…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>&amp;Financial aid…</source>
        <translation>&amp;Financial aid…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Open a workspace, or the demo programme, from the File menu.</source>
        <translation>Open a workspace, or the demo programme, from the File menu.</translation>
    </message>
</context>
<context>
    <name>MeasureCategory</name>
    <message>
        <source>No cost</source>
        <translation>No cost</translation>
    </message>
    <message>
        <source>Low cost</source>
        <translation>Low cost</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
</context>
<context>
    <name>MeasureKind</name>
    <message>
        <source>Energy saving</source>
        <translation>Energy saving</translation>
    </message>
    <message>
        <source>Renewable production</source>
        <translation>Renewable production</translation>
    </message>
</context>
<context>
    <name>MeasureStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>immediate</source>
        <translation>immediate</translation>
    </message>
    <message>
        <source>Its production of {saved} kWh of {carrier} a year is refused: the site buys only {left} kWh of it once the savings are made. Lower it to what the site can use.</source>
        <translation>Its production of {saved} kWh of {carrier} a year is refused: the site buys only {left} kWh of it once the savings are made. Lower it to what the site can use.</translation>
    </message>
    <message>
        <source>Its saving of {saved} kWh of {carrier} a year is refused: its end use uses only {left} kWh after the measures before it. Lower it, or file the measure under the end use it acts on.</source>
        <translation>Its saving of {saved} kWh of {carrier} a year is refused: its end use uses only {left} kWh after the measures before it. Lower it, or file the measure under the end use it acts on.</translation>
    </message>
    <message>
        <source>Its tariff saving cannot be worked out: no electricity supply of the site has a tariff model and the bills it needs. Type the yearly saving, or complete the bills.</source>
        <translation>Its tariff saving cannot be worked out: no electricity supply of the site has a tariff model and the bills it needs. Type the yearly saving, or complete the bills.</translation>
    </message>
    <message>
        <source>Its time-of-use shares add up to {total} %, not 100 %: they are not used.</source>
        <translation>Its time-of-use shares add up to {total} %, not 100 %: they are not used.</translation>
    </message>
    <message>
        <source>Its time-of-use shares are not used: the site's tariff gives no energy price per period.</source>
        <translation>Its time-of-use shares are not used: the site's tariff gives no energy price per period.</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>End use</translation>
    </message>
    <message>
        <source>Saved per year (kWh)</source>
        <translation>Saved per year (kWh)</translation>
    </message>
    <message>
        <source>Saved per year (invoice units)</source>
        <translation>Saved per year (invoice units)</translation>
    </message>
    <message>
        <source>Saved per year</source>
        <translation>Saved per year</translation>
    </message>
    <message numerus="yes">
        <source>Energy savings, %n measures: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}</source>
        <translation>
            <numerusform>Energy savings, %n measure: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}</numerusform>
            <numerusform>Energy savings, %n measures: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewable production, %n measures: {kwh} bought less · {money} · investment {investment} · {co2} avoided · payback {payback}</source>
        <translation>
            <numerusform>Renewable production, %n measure: {kwh} bought less · {money} · investment {investment} · {co2} avoided · payback {payback}</numerusform>
            <numerusform>Renewable production, %n measures: {kwh} bought less · {money} · investment {investment} · {co2} avoided · payback {payback}</numerusform>
        </translation>
    </message>
    <message>
        <source>Price of a saved kWh</source>
        <translation>Price of a saved kWh</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message numerus="yes">
        <source>All %n measures: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}</source>
        <translation>
            <numerusform>All %n measures: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}</numerusform>
            <numerusform>All %n measures: {kwh} · {money} · investment {investment} · {co2} avoided · payback {payback}</numerusform>
        </translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Payback (years)</translation>
    </message>
    <message>
        <source>t CO2 avoided</source>
        <translation>t CO2 avoided</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>kWh/year</source>
        <translation>kWh/year</translation>
    </message>
    <message>
        <source>/year</source>
        <translation>/year</translation>
    </message>
    <message>
        <source>Savings are numbers of kWh or percentages.</source>
        <translation>Savings are numbers of kWh or percentages.</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Add a measure</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Energy saved per year: kWh, or % of the end use</source>
        <translation>Energy saved per year: kWh, or % of the end use</translation>
    </message>
    <message>
        <source>Equipment concerned</source>
        <translation>Equipment concerned</translation>
    </message>
    <message>
        <source>Payback by measure, in years (over 3 years in orange)</source>
        <translation>Payback by measure, in years (over 3 years in orange)</translation>
    </message>
</context>
<context>
    <name>MeterRegister</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Peak hours</translation>
    </message>
    <message>
        <source>Standard hours</source>
        <translation>Standard hours</translation>
    </message>
    <message>
        <source>Off-peak hours</source>
        <translation>Off-peak hours</translation>
    </message>
    <message>
        <source>Reactive energy</source>
        <translation>Reactive energy</translation>
    </message>
</context>
<context>
    <name>MonthTag</name>
    <message>
        <source>Metered</source>
        <translation>Metered</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Equipment of {site}</source>
        <translation>Equipment of {site}</translation>
    </message>
    <message>
        <source>Measures of {site}</source>
        <translation>Measures of {site}</translation>
    </message>
    <message>
        <source>No bills yet.</source>
        <translation>No bills yet.</translation>
    </message>
    <message>
        <source>Analysis period: {first} – {last}</source>
        <translation>Analysis period: {first} – {last}</translation>
    </message>
    <message>
        <source>billed for every carrier: {covered} of {months} months</source>
        <translation>billed for every carrier: {covered} of {months} months</translation>
    </message>
    <message>
        <source>cost unknown for {share} of the kWh</source>
        <translation>cost unknown for {share} of the kWh</translation>
    </message>
    <message>
        <source>Final energy</source>
        <translation>Final energy</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Cost excl. VAT</translation>
    </message>
    <message>
        <source>Average cost</source>
        <translation>Average cost</translation>
    </message>
    <message>
        <source>Tonnes of oil equivalent</source>
        <translation>Tonnes of oil equivalent</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Emissions</translation>
    </message>
    <message>
        <source>Electricity share</source>
        <translation>Electricity share</translation>
    </message>
    <message>
        <source>Energy per unit produced</source>
        <translation>Energy per unit produced</translation>
    </message>
    <message>
        <source>{owner} — {field}: the French text is missing.</source>
        <translation>{owner} — {field}: the French text is missing.</translation>
    </message>
    <message>
        <source>{owner} — {field}: the English text is missing.</source>
        <translation>{owner} — {field}: the English text is missing.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>No bill covers this month for one of the supplies.</source>
        <translation>No bill covers this month for one of the supplies.</translation>
    </message>
    <message>
        <source>Monthly final energy</source>
        <translation>Monthly final energy</translation>
    </message>
    <message>
        <source>Monthly cost excl. VAT</source>
        <translation>Monthly cost excl. VAT</translation>
    </message>
    <message>
        <source>Average price per kWh</source>
        <translation>Average price per kWh</translation>
    </message>
    <message>
        <source>Electricity by time of use</source>
        <translation>Electricity by time of use</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Subscribed power</translation>
    </message>
    <message>
        <source>Reached power</source>
        <translation>Reached power</translation>
    </message>
    <message>
        <source>Reached and subscribed power</source>
        <translation>Reached and subscribed power</translation>
    </message>
    <message>
        <source>Tariff threshold</source>
        <translation>Tariff threshold</translation>
    </message>
    <message>
        <source>Monthly cos φ</source>
        <translation>Monthly cos φ</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Factors in use: set {code}</source>
        <translation>Factors in use: set {code}</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Sites compared: reading the bills of {done} of {total}…</source>
        <translation>Sites compared: reading the bills of {done} of {total}…</translation>
    </message>
    <message>
        <source>Sites compared</source>
        <translation>Sites compared</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>These cells are refused; their rows will be left out:</source>
        <translation>These cells are refused; their rows will be left out:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>{program} did not finish the PDF of {file} within {seconds} s and was stopped. Close any dialog it may show, or write the report as .docx and print it to PDF yourself.</source>
        <translation>{program} did not finish the PDF of {file} within {seconds} s and was stopped. Close any dialog it may show, or write the report as .docx and print it to PDF yourself.</translation>
    </message>
    <message>
        <source>{program} could not turn {file} into a PDF ({output}). The Word file is unaffected; open it and export it to PDF by hand, or check that {program} opens it.</source>
        <translation>{program} could not turn {file} into a PDF ({output}). The Word file is unaffected; open it and export it to PDF by hand, or check that {program} opens it.</translation>
    </message>
    <message>
        <source>A PDF needs LibreOffice (free, libreoffice.org) or Microsoft Word on Windows or macOS, and neither was found. Install one of them and try again, or write the report as .docx.</source>
        <translation>A PDF needs LibreOffice (free, libreoffice.org) or Microsoft Word on Windows or macOS, and neither was found. Install one of them and try again, or write the report as .docx.</translation>
    </message>
    <message>
        <source>“{file}”: a report is written as .docx (Word) or .pdf; give one of these names.</source>
        <translation>“{file}”: a report is written as .docx (Word) or .pdf; give one of these names.</translation>
    </message>
    <message>
        <source>The table of contents has its entries but no page numbers: these are counted by LibreOffice or Microsoft Word, and neither was found.</source>
        <translation>The table of contents has its entries but no page numbers: these are counted by LibreOffice or Microsoft Word, and neither was found.</translation>
    </message>
</context>
<context>
    <name>PriceBasis</name>
    <message>
        <source>its own time-of-use split</source>
        <translation>its own time-of-use split</translation>
    </message>
    <message>
        <source>the hours its end use runs</source>
        <translation>the hours its end use runs</translation>
    </message>
    <message>
        <source>the site's price</source>
        <translation>the site's price</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <source>Energy bills</source>
        <translation>Energy bills</translation>
    </message>
    <message>
        <source>Energy balance</source>
        <translation>Energy balance</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Load curve</source>
        <translation>Load curve</translation>
    </message>
    <message>
        <source>Move sites</source>
        <translation>Move sites</translation>
    </message>
    <message>
        <source>No site matches “{text}”.</source>
        <translation>No site matches “{text}”.</translation>
    </message>
    <message>
        <source>Add cluster</source>
        <translation>Add cluster</translation>
    </message>
    <message>
        <source>Cluster name:</source>
        <translation>Cluster name:</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Add site</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Site name:</translation>
    </message>
    <message>
        <source>Delete the cluster “{name}” with all its sites, bills, equipment and measures?</source>
        <translation>Delete the cluster “{name}” with all its sites, bills, equipment and measures?</translation>
    </message>
    <message>
        <source>Delete the site “{name}” with all its bills, equipment and measures?</source>
        <translation>Delete the site “{name}” with all its bills, equipment and measures?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Find a site…</source>
        <translation>Find a site…</translation>
    </message>
    <message>
        <source>Add cluster…</source>
        <translation>Add cluster…</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>Add site…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation>Move to cluster</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Meter reading</translation>
    </message>
    <message>
        <source>Spot measurement</source>
        <translation>Spot measurement</translation>
    </message>
    <message>
        <source>Nameplate</source>
        <translation>Nameplate</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Default value</translation>
    </message>
</context>
<context>
    <name>PvPanel</name>
    <message>
        <source>(kept in the workspace)</source>
        <translation>(kept in the workspace)</translation>
    </message>
    <message>
        <source>Load a weather file (EPW)…</source>
        <translation>Load a weather file (EPW)…</translation>
    </message>
    <message>
        <source>Typical-year weather file</source>
        <translation>Typical-year weather file</translation>
    </message>
    <message>
        <source>EnergyPlus weather (*.epw);;All files (*)</source>
        <translation>EnergyPlus weather (*.epw);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>Simulating {kwp} kWp against the load curve…</source>
        <translation>Simulating {kwp} kWp against the load curve…</translation>
    </message>
    <message>
        <source>Added to the site's measures, where its savings and payback are worked out.</source>
        <translation>Added to the site's measures, where its savings and payback are worked out.</translation>
    </message>
    <message>
        <source>Simulate to see the production, what the site would use of it and what it would export.</source>
        <translation>Simulate to see the production, what the site would use of it and what it would export.</translation>
    </message>
    <message>
        <source>Production of a typical year: {kwh} ({yield_} kWh/kWp, {station}).</source>
        <translation>Production of a typical year: {kwh} ({yield_} kWh/kWp, {station}).</translation>
    </message>
    <message>
        <source>Over the curve's {days} days: {produced} produced, {used} used on site ({share}), {surplus} exported.</source>
        <translation>Over the curve's {days} days: {produced} produced, {used} used on site ({share}), {surplus} exported.</translation>
    </message>
    <message>
        <source>The PV would cover {coverage} of the site's electricity.</source>
        <translation>The PV would cover {coverage} of the site's electricity.</translation>
    </message>
    <message>
        <source>Used on site in peak / standard / off-peak hours: {peak} / {standard} / {offpeak}.</source>
        <translation>Used on site in peak / standard / off-peak hours: {peak} / {standard} / {offpeak}.</translation>
    </message>
    <message>
        <source>at the tariff's energy price of each window</source>
        <translation>at the tariff's energy price of each window</translation>
    </message>
    <message>
        <source>at the mean billed price (every charge over the kWh)</source>
        <translation>at the mean billed price (every charge over the kWh)</translation>
    </message>
    <message>
        <source>Purchases avoided: about {money} a year, {basis}.</source>
        <translation>Purchases avoided: about {money} a year, {basis}.</translation>
    </message>
    <message>
        <source>By window: peak {peak}, standard {standard}, off-peak {offpeak} a year.</source>
        <translation>By window: peak {peak}, standard {standard}, off-peak {offpeak} a year.</translation>
    </message>
    <message>
        <source>Not priced: the site has neither a time-of-use tariff nor a billed price for the period.</source>
        <translation>Not priced: the site has neither a time-of-use tariff nor a billed price for the period.</translation>
    </message>
    <message>
        <source>Site's power</source>
        <translation>Site's power</translation>
    </message>
    <message>
        <source>PV power</source>
        <translation>PV power</translation>
    </message>
    <message>
        <source>PV used on site</source>
        <translation>PV used on site</translation>
    </message>
    <message>
        <source>The mean day over the curve's period</source>
        <translation>The mean day over the curve's period</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Power (kW)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation>Peak power</translation>
    </message>
    <message>
        <source>Tilt (0° flat)</source>
        <translation>Tilt (0° flat)</translation>
    </message>
    <message>
        <source>Azimuth (180° south)</source>
        <translation>Azimuth (180° south)</translation>
    </message>
    <message>
        <source>System losses</source>
        <translation>System losses</translation>
    </message>
    <message>
        <source>Typical-year weather</source>
        <translation>Typical-year weather</translation>
    </message>
    <message>
        <source>Investment (for the measure)</source>
        <translation>Investment (for the measure)</translation>
    </message>
    <message>
        <source>kWp</source>
        <translation>kWp</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simulate</translation>
    </message>
    <message>
        <source>Add as a measure</source>
        <translation>Add as a measure</translation>
    </message>
    <message>
        <source>The modules' peak power under standard test conditions (kWp).</source>
        <translation>The modules' peak power under standard test conditions (kWp).</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: the file or its medium cannot be written. To edit, save a copy in a folder you can write to and open the copy.</source>
        <translation>Read-only: the file or its medium cannot be written. To edit, save a copy in a folder you can write to and open the copy.</translation>
    </message>
    <message>
        <source>This workspace is open read-only.</source>
        <translation>This workspace is open read-only.</translation>
    </message>
    <message>
        <source>The file or its medium (a USB stick, a read-only shared folder) cannot be written, so nothing can be changed here. You can still view it, export reports and use “Save a copy…”. To edit it, save a copy in a folder you can write to and open that copy.</source>
        <translation>The file or its medium (a USB stick, a read-only shared folder) cannot be written, so nothing can be changed here. You can still view it, export reports and use “Save a copy…”. To edit it, save a copy in a folder you can write to and open that copy.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>[text missing in this language]</source>
        <translation>[text missing in this language]</translation>
    </message>
    <message numerus="yes">
        <source>{value} years</source>
        <translation>
            <numerusform>{value} year</numerusform>
            <numerusform>{value} years</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Energy cost excl. VAT</source>
        <translation>Energy cost excl. VAT</translation>
    </message>
    <message>
        <source>Emissions (t CO2)</source>
        <translation>Emissions (t CO2)</translation>
    </message>
    <message>
        <source>Savings potential (kWh a year)</source>
        <translation>Savings potential (kWh a year)</translation>
    </message>
    <message>
        <source>Savings potential (share of final energy)</source>
        <translation>Savings potential (share of final energy)</translation>
    </message>
    <message>
        <source>Savings potential a year</source>
        <translation>Savings potential a year</translation>
    </message>
    <message>
        <source>Savings potential (share of the bill)</source>
        <translation>Savings potential (share of the bill)</translation>
    </message>
    <message>
        <source>Emissions avoided by the savings (t CO2 a year)</source>
        <translation>Emissions avoided by the savings (t CO2 a year)</translation>
    </message>
    <message>
        <source>Investment in the savings</source>
        <translation>Investment in the savings</translation>
    </message>
    <message>
        <source>Simple payback of the savings</source>
        <translation>Simple payback of the savings</translation>
    </message>
    <message>
        <source>Renewables: purchases avoided (kWh a year)</source>
        <translation>Renewables: purchases avoided (kWh a year)</translation>
    </message>
    <message>
        <source>Renewables: purchases avoided a year</source>
        <translation>Renewables: purchases avoided a year</translation>
    </message>
    <message>
        <source>Renewables: emissions avoided (t CO2 a year)</source>
        <translation>Renewables: emissions avoided (t CO2 a year)</translation>
    </message>
    <message>
        <source>Not added up: the sites' currencies differ</source>
        <translation>Not added up: the sites' currencies differ</translation>
    </message>
    <message>
        <source>{mark} Counted with a data caveat{colon}{sites}.</source>
        <translation>{mark} Counted with a data caveat{colon}{sites}.</translation>
    </message>
    <message>
        <source>The cluster in figures: totals and medians</source>
        <translation>The cluster in figures: totals and medians</translation>
    </message>
    <message>
        <source>What the load curve shows</source>
        <translation>What the load curve shows</translation>
    </message>
    <message numerus="yes">
        <source>{count} months are read in part (share of their intervals with a reading): {months}.</source>
        <translation>
            <numerusform>{count} month is read in part (share of its intervals with a reading): {months}.</numerusform>
            <numerusform>{count} months are read in part (share of their intervals with a reading): {months}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} at {hour}</source>
        <translation>{day} at {hour}</translation>
    </message>
    <message>
        <source>Energy over the period</source>
        <translation>Energy over the period</translation>
    </message>
    <message>
        <source>Peak power (kW)</source>
        <translation>Peak power (kW)</translation>
    </message>
    <message>
        <source>Base load: daily 5 % quantile (kW)</source>
        <translation>Base load: daily 5% quantile (kW)</translation>
    </message>
    <message>
        <source>Mean power 00:00–05:00 (kW)</source>
        <translation>Mean power 00:00–05:00 (kW)</translation>
    </message>
    <message>
        <source>Load factor (mean ÷ peak power)</source>
        <translation>Load factor (mean ÷ peak power)</translation>
    </message>
    <message>
        <source>Saturdays and Sundays</source>
        <translation>Saturdays and Sundays</translation>
    </message>
    <message>
        <source>Outside the declared running hours</source>
        <translation>Outside the declared running hours</translation>
    </message>
    <message>
        <source>Load curve figures: {supply}, {first} – {last}</source>
        <translation>Load curve figures: {supply}, {first} – {last}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value (kWh unless stated)</source>
        <translation>Value (kWh unless stated)</translation>
    </message>
    <message>
        <source>Share or when</source>
        <translation>Share or when</translation>
    </message>
    <message>
        <source>Costs are at the mean billed price, {price} {currency}/kWh excl. VAT: every charge of the {count} bills from {first} to {last} over their kWh. Energy saved is worth less than this mean when the fixed charges stay.</source>
        <translation>Costs are at the mean billed price, {price} {currency}/kWh excl. VAT: every charge of the {count} bills from {first} to {last} over their kWh. Energy saved is worth less than this mean when the fixed charges stay.</translation>
    </message>
    <message>
        <source>No bill of the period has both a cost and a quantity: no cost is shown.</source>
        <translation>No bill of the period has both a cost and a quantity: no cost is shown.</translation>
    </message>
    <message>
        <source>The site's running hours are not declared (no start of the first shift): the energy used outside them is not worked out.</source>
        <translation>The site's running hours are not declared (no start of the first shift): the energy used outside them is not worked out.</translation>
    </message>
    <message>
        <source>The meter of the supply “{supply}” recorded {count} intervals of {minutes} minutes from {first} to {last}; times are the site's local time ({zone}).</source>
        <translation>The meter of the supply “{supply}” recorded {count} intervals of {minutes} minutes from {first} to {last}; times are the site's local time ({zone}).</translation>
    </message>
    <message numerus="yes">
        <source>{count} intervals of the period have no reading: they are left out of every figure, never counted as zero.</source>
        <translation>
            <numerusform>{count} interval of the period has no reading: it is left out of every figure, never counted as zero.</numerusform>
            <numerusform>{count} intervals of the period have no reading: they are left out of every figure, never counted as zero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean power by day and time of day (white: no reading, or the hour the clocks skip)</source>
        <translation>Mean power by day and time of day (white: no reading, or the hour the clocks skip)</translation>
    </message>
    <message>
        <source>Load duration curve, with P95, P50 and P5 of the power</source>
        <translation>Load duration curve, with P95, P50 and P5 of the power</translation>
    </message>
    <message>
        <source>Typical days: mean power and P10–P90 band</source>
        <translation>Typical days: mean power and P10–P90 band</translation>
    </message>
    <message>
        <source>The base load, {kw} kW drawn at every hour ({kwh} kWh a year{cost}), is close to the mean power: the site draws almost as much at night and on days off as when it produces, as a plant running round the clock does.</source>
        <translation>The base load, {kw} kW drawn at every hour ({kwh} kWh a year{cost}), is close to the mean power: the site draws almost as much at night and on days off as when it produces, as a plant running round the clock does.</translation>
    </message>
    <message>
        <source>A base load of {kw} kW, drawn at every hour of the year, is {kwh} kWh a year{cost}: the first thing to look at is what runs when nothing is produced.</source>
        <translation>A base load of {kw} kW, drawn at every hour of the year, is {kwh} kWh a year{cost}: the first thing to look at is what runs when nothing is produced.</translation>
    </message>
    <message>
        <source>Outside the declared running hours the site used {kwh} kWh over the curve's {days} days, about {year} kWh a year{cost}.</source>
        <translation>Outside the declared running hours the site used {kwh} kWh over the curve's {days} days, about {year} kWh a year{cost}.</translation>
    </message>
    <message>
        <source>No bill of this supply falls in the curve's period.</source>
        <translation>No bill of this supply falls in the curve's period.</translation>
    </message>
    <message numerus="yes">
        <source>The curve covers {count} bills whole: over them its energy differs from the billed kWh by at most {difference} ({first} – {last}).</source>
        <translation>
            <numerusform>The curve covers {count} bill whole: its energy differs from the billed kWh by {difference} ({first} – {last}).</numerusform>
            <numerusform>The curve covers {count} bills whole: over them its energy differs from the billed kWh by at most {difference} ({first} – {last}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} bills are covered only in part by the curve: their energy is not compared.</source>
        <translation>
            <numerusform>{count} bill is covered only in part by the curve: its energy is not compared.</numerusform>
            <numerusform>{count} bills are covered only in part by the curve: their energy is not compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In {count} bill periods the curve's peak is under 70 % of the reached power the bill states: check that the curve is this supply's meter and that its values are not scaled (meter constant).</source>
        <translation><numerusform>In {count} bill period the curve's peak is under 70% of the reached power the bill states: check that the curve is this supply's meter and that its values are not scaled (meter constant).</numerusform><numerusform>In {count} bill periods the curve's peak is under 70% of the reached power the bill states: check that the curve is this supply's meter and that its values are not scaled (meter constant).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>In {count} bill periods the curve's peak is above the reached power the bill states: check the meter's constant or the bill.</source>
        <translation>
            <numerusform>In {count} bill period the curve's peak is above the reached power the bill states: check the meter's constant or the bill.</numerusform>
            <numerusform>In {count} bill periods the curve's peak is above the reached power the bill states: check the meter's constant or the bill.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rooftop photovoltaics against the load curve</source>
        <translation>Rooftop photovoltaics against the load curve</translation>
    </message>
    <message>
        <source>The PV study could not be simulated: {reason}</source>
        <translation>The PV study could not be simulated: {reason}</translation>
    </message>
    <message>
        <source>A system of {kwp} kWp, tilted {tilt}° and facing {azimuth}° (180° is due south), with {losses} losses, simulated hour by hour over the typical year of {station} (pvlib: the sun's position, Perez's transposition, Faiman's cell temperature, PVWatts), then set against the load curve interval by interval. A typical year is an estimate, not a forecast of a given year.</source>
        <translation>A system of {kwp} kWp, tilted {tilt}° and facing {azimuth}° (180° is due south), with {losses} losses, simulated hour by hour over the typical year of {station} (pvlib: the sun's position, Perez's transposition, Faiman's cell temperature, PVWatts), then set against the load curve interval by interval. A typical year is an estimate, not a forecast of a given year.</translation>
    </message>
    <message>
        <source>Production of a typical year (kWh)</source>
        <translation>Production of a typical year (kWh)</translation>
    </message>
    <message>
        <source>Specific yield (kWh/kWp)</source>
        <translation>Specific yield (kWh/kWp)</translation>
    </message>
    <message>
        <source>Share used on site</source>
        <translation>Share used on site</translation>
    </message>
    <message>
        <source>Exported to the grid (kWh a year)</source>
        <translation>Exported to the grid (kWh a year)</translation>
    </message>
    <message>
        <source>Share of the site's electricity covered</source>
        <translation>Share of the site's electricity covered</translation>
    </message>
    <message>
        <source>Purchases avoided in peak hours ({currency} a year)</source>
        <translation>Purchases avoided in peak hours ({currency} a year)</translation>
    </message>
    <message>
        <source>Purchases avoided in standard hours ({currency} a year)</source>
        <translation>Purchases avoided in standard hours ({currency} a year)</translation>
    </message>
    <message>
        <source>Purchases avoided in off-peak hours ({currency} a year)</source>
        <translation>Purchases avoided in off-peak hours ({currency} a year)</translation>
    </message>
    <message>
        <source>Purchases avoided ({currency} a year)</source>
        <translation>Purchases avoided ({currency} a year)</translation>
    </message>
    <message>
        <source>Rooftop PV of {kwp} kWp: {supply}</source>
        <translation>Rooftop PV of {kwp} kWp: {supply}</translation>
    </message>
    <message>
        <source>Avoided purchases are priced at the mean billed price, every charge included: the energy charges alone, which the PV avoids, are lower.</source>
        <translation>Avoided purchases are priced at the mean billed price, every charge included: the energy charges alone, which the PV avoids, are lower.</translation>
    </message>
    <message>
        <source>The avoided purchases are not priced: no price is known.</source>
        <translation>The avoided purchases are not priced: no price is known.</translation>
    </message>
    <message>
        <source>Whole cluster</source>
        <translation>Whole cluster</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>No renewable production is proposed at any of the sites.</source>
        <translation>No renewable production is proposed at any of the sites.</translation>
    </message>
    <message>
        <source>Savings (share of final energy)</source>
        <translation>Savings (share of final energy)</translation>
    </message>
    <message>
        <source>Data flags</source>
        <translation>Data flags</translation>
    </message>
    <message>
        <source>Energy per unit produced, by unit</source>
        <translation>Energy per unit produced, by unit</translation>
    </message>
    <message>
        <source>Production per year</source>
        <translation>Production per year</translation>
    </message>
    <message>
        <source>Median of the sites</source>
        <translation>Median of the sites</translation>
    </message>
    <message>
        <source>The sites count their production in different units ({units}) or make different products: their energy per unit compares only between sites of the same unit and sector (NACE division).</source>
        <translation>The sites count their production in different units ({units}) or make different products: their energy per unit compares only between sites of the same unit and sector (NACE division).</translation>
    </message>
    <message>
        <source>Median of the same unit and sector</source>
        <translation>Median of the same unit and sector</translation>
    </message>
    <message>
        <source>Savings potential by site</source>
        <translation>Savings potential by site</translation>
    </message>
    <message>
        <source>Share of the bill</source>
        <translation>Share of the bill</translation>
    </message>
    <message>
        <source>No bill in the period: the site counts in no total</source>
        <translation>No bill in the period: the site counts in no total</translation>
    </message>
    <message>
        <source>Months billed in full{colon}{count} of {of}; its totals cover those months only</source>
        <translation>Months billed in full{colon}{count} of {of}; its totals cover those months only</translation>
    </message>
    <message>
        <source>Repeated bills left out of the totals{colon}{count}</source>
        <translation>Repeated bills left out of the totals{colon}{count}</translation>
    </message>
    <message>
        <source>Overlapping bills, both counted in full{colon}{count}</source>
        <translation>Overlapping bills, both counted in full{colon}{count}</translation>
    </message>
    <message>
        <source>A supply whose quantities cannot be converted to kWh</source>
        <translation>A supply whose quantities cannot be converted to kWh</translation>
    </message>
    <message>
        <source>Bills without an amount, left out of the costs (cost unknown){colon}{count}</source>
        <translation>Bills without an amount, left out of the costs (cost unknown){colon}{count}</translation>
    </message>
    <message>
        <source>Bills in another currency, added up as they are</source>
        <translation>Bills in another currency, added up as they are</translation>
    </message>
    <message>
        <source>Invoice numbers entered more than once with different figures{colon}{count}</source>
        <translation>Invoice numbers entered more than once with different figures{colon}{count}</translation>
    </message>
    <message>
        <source>Bills whose periods or VAT do not add up{colon}{count}</source>
        <translation>Bills whose periods or VAT do not add up{colon}{count}</translation>
    </message>
    <message>
        <source>Bills to check (estimated-looking, unusual period or use){colon}{count}</source>
        <translation>Bills to check (estimated-looking, unusual period or use){colon}{count}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Data-quality flags by site</source>
        <translation>Data-quality flags by site</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>No-cost measures</source>
        <translation>No-cost measures</translation>
    </message>
    <message>
        <source>Low-cost measures</source>
        <translation>Low-cost measures</translation>
    </message>
    <message>
        <source>Capital measures</source>
        <translation>Capital measures</translation>
    </message>
    <message>
        <source>Energy quick scan</source>
        <translation>Energy quick scan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Client contact</source>
        <translation>Client contact</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Confidential: this report is written for {company} and the programme's organisers. It may not be passed on to third parties without their agreement.</source>
        <translation>Confidential: this report is written for {company} and the programme's organisers. It may not be passed on to third parties without their agreement.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>No invoice covers a period yet: there is nothing to sum up.</source>
        <translation>No invoice covers a period yet: there is nothing to sum up.</translation>
    </message>
    <message>
        <source>Energy and cost by carrier</source>
        <translation>Energy and cost by carrier</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Price excl. VAT ({currency}/kWh)</source>
        <translation>Price excl. VAT ({currency}/kWh)</translation>
    </message>
    <message>
        <source>Price incl. VAT ({currency}/kWh)</source>
        <translation>Price incl. VAT ({currency}/kWh)</translation>
    </message>
    <message>
        <source>Savings potential</source>
        <translation>Savings potential</translation>
    </message>
    <message>
        <source>The measure proposed would save {kwh} a year ({share} of the final energy) and {cost} ({bill} of the bill excl. VAT) for an investment of {investment}, and avoid {co2} a year.</source>
        <translation>The measure proposed would save {kwh} a year ({share} of the final energy) and {cost} ({bill} of the bill excl. VAT) for an investment of {investment}, and avoid {co2} a year.</translation>
    </message>
    <message>
        <source>The measures proposed would save {kwh} a year ({share} of the final energy) and {cost} ({bill} of the bill excl. VAT) for an investment of {investment}, and avoid {co2} a year.</source>
        <translation>The measures proposed would save {kwh} a year ({share} of the final energy) and {cost} ({bill} of the bill excl. VAT) for an investment of {investment}, and avoid {co2} a year.</translation>
    </message>
    <message>
        <source>Savings potential by kind of measure</source>
        <translation>Savings potential by kind of measure</translation>
    </message>
    <message>
        <source>Kind of measure</source>
        <translation>Kind of measure</translation>
    </message>
    <message>
        <source>The measures with the shortest paybacks</source>
        <translation>The measures with the shortest paybacks</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Update this table of contents: right-click it, then Update Field (F9).</source>
        <translation>Update this table of contents: right-click it, then Update Field (F9).</translation>
    </message>
    <message>
        <source>Over the twelve months from {first} to {last}, the site used {kwh} of final energy for {cost} excluding VAT, {toe} and {co2}.</source>
        <translation>Over the twelve months from {first} to {last}, the site used {kwh} of final energy for {cost} excluding VAT, {toe} and {co2}.</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Key findings</translation>
    </message>
    <message>
        <source>What the figures rest on</source>
        <translation>What the figures rest on</translation>
    </message>
    <message>
        <source>The cost of {share} of this energy is not known (bills without an amount): the cost and the average price cover the rest only.</source>
        <translation>The cost of {share} of this energy is not known (bills without an amount): the cost and the average price cover the rest only.</translation>
    </message>
    <message>
        <source>The measures by payback</source>
        <translation>The measures by payback</translation>
    </message>
    <message>
        <source>Renewable production, counted apart from the savings, would cover {kwh} of purchased energy a year, worth {cost}, for an investment of {invested}.</source>
        <translation>Renewable production, counted apart from the savings, would cover {kwh} of purchased energy a year, worth {cost}, for an investment of {invested}.</translation>
    </message>
    <message>
        <source>Renewable production by payback</source>
        <translation>Renewable production by payback</translation>
    </message>
    <message>
        <source>Measures by payback</source>
        <translation>Measures by payback</translation>
    </message>
    <message>
        <source>Nothing to buy: one training for the staff of the {sites} sites, run once for all of them, would put these settings and schedules in place everywhere at the same time.</source>
        <translation>Nothing to buy: one training for the staff of the {sites} sites, run once for all of them, would put these settings and schedules in place everywhere at the same time.</translation>
    </message>
    <message>
        <source>One campaign by one contractor for the {sites} sites, with a shared training of their maintenance teams, would cost less than separate jobs and keep the results comparable.</source>
        <translation>One campaign by one contractor for the {sites} sites, with a shared training of their maintenance teams, would cost less than separate jobs and keep the results comparable.</translation>
    </message>
    <message>
        <source>One specification and a joint call for tenders for the {sites} sites would buy the equipment at a better price and share the follow-up of the works.</source>
        <translation>One specification and a joint call for tenders for the {sites} sites would buy the equipment at a better price and share the follow-up of the works.</translation>
    </message>
    <message>
        <source>One review of the {sites} sites' supply contracts with the distributor would set the subscribed powers together.</source>
        <translation>One review of the {sites} sites' supply contracts with the distributor would set the subscribed powers together.</translation>
    </message>
    <message>
        <source>A joint feasibility study and call for tenders for the {sites} sites would share the design and buy the plants at a better price.</source>
        <translation>A joint feasibility study and call for tenders for the {sites} sites would share the design and buy the plants at a better price.</translation>
    </message>
    <message>
        <source>at all {total} sites</source>
        <translation>at all {total} sites</translation>
    </message>
    <message>
        <source>at {sites} of the {total} sites ({names})</source>
        <translation>at {sites} of the {total} sites ({names})</translation>
    </message>
    <message>
        <source>Together{colon}{kwh} kWh and {co2} t CO2 a year.</source>
        <translation>Together{colon}{kwh} kWh and {co2} t CO2 a year.</translation>
    </message>
    <message>
        <source>Together{colon}{kwh} kWh of purchases avoided a year, worth {money} {currency}, and {co2} t CO2, for {investment} {currency} invested (payback {payback}).</source>
        <translation>Together{colon}{kwh} kWh of purchases avoided a year, worth {money} {currency}, and {co2} t CO2, for {investment} {currency} invested (payback {payback}).</translation>
    </message>
    <message>
        <source>Together{colon}{kwh} kWh and {money} {currency} a year, {co2} t CO2 avoided, for {investment} {currency} invested (payback {payback}).</source>
        <translation>Together{colon}{kwh} kWh and {money} {currency} a year, {co2} t CO2 avoided, for {investment} {currency} invested (payback {payback}).</translation>
    </message>
    <message>
        <source>Together{colon}{money} {currency} a year on the bills, for {investment} {currency} invested (payback {payback}).</source>
        <translation>Together{colon}{money} {currency} a year on the bills, for {investment} {currency} invested (payback {payback}).</translation>
    </message>
    <message>
        <source>{family} recurs {where}.</source>
        <translation>{family} recurs {where}.</translation>
    </message>
    <message>
        <source>{family} recurs {where}{colon}{measures}.</source>
        <translation>{family} recurs {where}{colon}{measures}.</translation>
    </message>
    <message>
        <source>Measures found at several sites</source>
        <translation>Measures found at several sites</translation>
    </message>
    <message>
        <source>No measure is found at two sites or more.</source>
        <translation>No measure is found at two sites or more.</translation>
    </message>
    <message>
        <source>Measures are grouped by what they act on (the end use and the kind of work, or the tariff lever), not by their wording; a group found at two sites or more is a candidate for joint action.</source>
        <translation>Measures are grouped by what they act on (the end use and the kind of work, or the tariff lever), not by their wording; a group found at two sites or more is a candidate for joint action.</translation>
    </message>
    <message>
        <source>Measures found at several sites, combined</source>
        <translation>Measures found at several sites, combined</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>kWh saved per year</source>
        <translation>kWh saved per year</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>Cluster synthesis</source>
        <translation>Cluster synthesis</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Cluster median</source>
        <translation>Cluster median</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Cost excl. VAT</source>
        <translation>Cost excl. VAT</translation>
    </message>
    <message>
        <source>t CO2</source>
        <translation>t CO2</translation>
    </message>
    <message>
        <source>Cost per kWh</source>
        <translation>Cost per kWh</translation>
    </message>
    <message>
        <source>kWh per unit produced</source>
        <translation>kWh per unit produced</translation>
    </message>
    <message>
        <source>Electricity share</source>
        <translation>Electricity share</translation>
    </message>
    <message>
        <source>Saved per year</source>
        <translation>Saved per year</translation>
    </message>
    <message>
        <source>t CO2 avoided per year</source>
        <translation>t CO2 avoided per year</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>The sites in brief</source>
        <translation>The sites in brief</translation>
    </message>
    <message>
        <source>Confidential: this synthesis is written for the programme's organisers and partners. It names the companies audited and may not be passed on without their agreement.</source>
        <translation>Confidential: this synthesis is written for the programme's organisers and partners. It names the companies audited and may not be passed on without their agreement.</translation>
    </message>
    <message>
        <source>The cluster in figures</source>
        <translation>The cluster in figures</translation>
    </message>
    <message>
        <source>Each site is taken over the twelve months of its energy balance. The whole cluster's figure adds up its sites (for a share or a payback, the ratio of the cluster's totals); the median is the middle site's, which one large consumer does not move. Each total says how many sites it counts and which of them carry a data caveat.</source>
        <translation>Each site is taken over the twelve months of its energy balance. The whole cluster's figure adds up its sites (for a share or a payback, the ratio of the cluster's totals); the median is the middle site's, which one large consumer does not move. Each total says how many sites it counts and which of them carry a data caveat.</translation>
    </message>
    <message>
        <source>The sites compared</source>
        <translation>The sites compared</translation>
    </message>
    <message>
        <source>Payback: the investment in a site's energy savings over the money they save a year. Data flags: how many of the flags listed under “Data quality” the site has (— for none).</source>
        <translation>Payback: the investment in a site's energy savings over the money they save a year. Data flags: how many of the flags listed under “Data quality” the site has (— for none).</translation>
    </message>
    <message>
        <source>Final energy by site, with the cluster median</source>
        <translation>Final energy by site, with the cluster median</translation>
    </message>
    <message>
        <source>Final energy per unit produced, with the cluster median</source>
        <translation>Final energy per unit produced, with the cluster median</translation>
    </message>
    <message>
        <source>Average cost per kWh by site, with the cluster median</source>
        <translation>Average cost per kWh by site, with the cluster median</translation>
    </message>
    <message>
        <source>Savings identified, as a share of each site's final energy</source>
        <translation>Savings identified, as a share of each site's final energy</translation>
    </message>
    <message>
        <source>Money saved a year by site, with the cluster median</source>
        <translation>Money saved a year by site, with the cluster median</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>What the bills of each site lack or repeat over its period, from the bill checks. Sites with a flag{colon}{flagged} of {sites}; the totals above name those whose flags weaken them.</source>
        <translation>What the bills of each site lack or repeat over its period, from the bill checks. Sites with a flag{colon}{flagged} of {sites}; the totals above name those whose flags weaken them.</translation>
    </message>
    <message>
        <source>The bill checks flag nothing at any site over its period.</source>
        <translation>The bill checks flag nothing at any site over its period.</translation>
    </message>
    <message>
        <source>Twelve months from {first} to {last}.</source>
        <translation>Twelve months from {first} to {last}.</translation>
    </message>
    <message>
        <source>Final energy {kwh} kWh, cost {cost}; measures identified{colon}{count}, saving {share} of the final energy and {bill} of the bill.</source>
        <translation>Final energy {kwh} kWh, cost {cost}; measures identified{colon}{count}, saving {share} of the final energy and {bill} of the bill.</translation>
    </message>
    <message>
        <source>Quickest to pay back{colon}{measures}.</source>
        <translation>Quickest to pay back{colon}{measures}.</translation>
    </message>
    <message>
        <source>Data flags{colon}{flags}.</source>
        <translation>Data flags{colon}{flags}.</translation>
    </message>
    <message>
        <source>Savings identified (share of final energy)</source>
        <translation>Savings identified (share of final energy)</translation>
    </message>
    <message>
        <source>{site} against the cluster</source>
        <translation>{site} against the cluster</translation>
    </message>
    <message>
        <source>Best measures by payback: {site}</source>
        <translation>Best measures by payback: {site}</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Payback (years)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Assumptions: kWh are final energy on the net heating value basis; costs exclude VAT; an electricity saving is priced at the tariff's energy prices in the hours it occurs, a fuel saving at the fuel's average cost over the same twelve months; renewable production counts apart from savings.</source>
        <translation>Assumptions: kWh are final energy on the net heating value basis; costs exclude VAT; an electricity saving is priced at the tariff's energy prices in the hours it occurs, a fuel saving at the fuel's average cost over the same twelve months; renewable production counts apart from savings.</translation>
    </message>
    <message>
        <source>Each site has its own quick-scan report, with its invoices, its energy balance, its measures and the factors used, with their sources.</source>
        <translation>Each site has its own quick-scan report, with its invoices, its energy balance, its measures and the factors used, with their sources.</translation>
    </message>
    <message>
        <source>t CO2 avoided</source>
        <translation>t CO2 avoided</translation>
    </message>
    <message>
        <source>The site works {shifts} shifts of {hours} h, {days} days a week, {weeks} weeks a year: {total} hours.</source>
        <translation>The site works {shifts} shifts of {hours} h, {days} days a week, {weeks} weeks a year: {total} hours.</translation>
    </message>
    <message>
        <source>Measured and estimated figures: the consumption comes from {bills} invoices; of the inventory's figures, {measured} were read or measured on site and {estimated} were estimated or taken from defaults.</source>
        <translation>Measured and estimated figures: the consumption comes from {bills} invoices; of the inventory's figures, {measured} were read or measured on site and {estimated} were estimated or taken from defaults.</translation>
    </message>
    <message>
        <source>This quick scan is a one-day walk-through survey: it is not an energy audit in the sense of EN 16247, which leaves such surveys out of its scope.</source>
        <translation>This quick scan is a one-day walk-through survey: it is not an energy audit in the sense of EN 16247, which leaves such surveys out of its scope.</translation>
    </message>
    <message>
        <source>Invoice analysis</source>
        <translation>Invoice analysis</translation>
    </message>
    <message>
        <source>No invoice covers the period.</source>
        <translation>No invoice covers the period.</translation>
    </message>
    <message>
        <source>Monthly consumption and cost: {supply}</source>
        <translation>Monthly consumption and cost: {supply}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Final energy (kWh)</source>
        <translation>Final energy (kWh)</translation>
    </message>
    <message>
        <source>Saved per year ({currency})</source>
        <translation>Saved per year ({currency})</translation>
    </message>
    <message>
        <source>Over the twelve months from {first} to {last} (the bills of at least one carrier cover only {covered} of them), the site used {kwh} of final energy for {cost} excluding VAT, {toe} and {co2}; the months not billed are not in these figures.</source>
        <translation>Over the twelve months from {first} to {last} (the bills of at least one carrier cover only {covered} of them), the site used {kwh} of final energy for {cost} excluding VAT, {toe} and {co2}; the months not billed are not in these figures.</translation>
    </message>
    <message>
        <source>Purchases avoided per year ({currency})</source>
        <translation>Purchases avoided per year ({currency})</translation>
    </message>
    <message>
        <source>kWh produced per year</source>
        <translation>kWh produced per year</translation>
    </message>
    <message>
        <source>kWh used on site per year</source>
        <translation>kWh used on site per year</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Investment ({currency})</source>
        <translation>Investment ({currency})</translation>
    </message>
    <message>
        <source>to be named</source>
        <translation>to be named</translation>
    </message>
    <message>
        <source>The horizon is the auditor's where given, else the usual one of the measure's kind: no-cost measures at once, low-cost ones within a year, capital ones within one to three years, to be budgeted. Savings on one end use are chained: each measure saves on what the ones before it leave, so the savings of the plan add up without counting a kWh twice.</source>
        <translation>The horizon is the auditor's where given, else the usual one of the measure's kind: no-cost measures at once, low-cost ones within a year, capital ones within one to three years, to be budgeted. Savings on one end use are chained: each measure saves on what the ones before it leave, so the savings of the plan add up without counting a kWh twice.</translation>
    </message>
    <message>
        <source>How the savings will be verified</source>
        <translation>How the savings will be verified</translation>
    </message>
    <message>
        <source>Each saving is verified against the same twelve months as this report, once the measure has run for a year, corrected for the production of each month.</source>
        <translation>Each saving is verified against the same twelve months as this report, once the measure has run for a year, corrected for the production of each month.</translation>
    </message>
    <message>
        <source>Energy savings: the monthly kWh of the bills, per unit produced, before and after the measure; a measure above a tenth of its carrier is worth a sub-meter on its equipment.</source>
        <translation>Energy savings: the monthly kWh of the bills, per unit produced, before and after the measure; a measure above a tenth of its carrier is worth a sub-meter on its equipment.</translation>
    </message>
    <message>
        <source>Capacitor bank: the cos φ and the surcharge line of each bill after commissioning.</source>
        <translation>Capacitor bank: the cos φ and the surcharge line of each bill after commissioning.</translation>
    </message>
    <message>
        <source>Subscribed power: the power and overrun charges of the twelve bills after the change.</source>
        <translation>Subscribed power: the power and overrun charges of the twelve bills after the change.</translation>
    </message>
    <message>
        <source>Peak hours: the share of peak-hour kWh of each bill.</source>
        <translation>Peak hours: the share of peak-hour kWh of each bill.</translation>
    </message>
    <message>
        <source>Renewable production: the production meter, and the purchases of the bills beside it.</source>
        <translation>Renewable production: the production meter, and the purchases of the bills beside it.</translation>
    </message>
    <message>
        <source>final energy per month and per unit produced</source>
        <translation>final energy per month and per unit produced</translation>
    </message>
    <message>
        <source>the power called against the subscribed power</source>
        <translation>the power called against the subscribed power</translation>
    </message>
    <message>
        <source>the monthly cos φ</source>
        <translation>the monthly cos φ</translation>
    </message>
    <message>
        <source>the share of peak-hour kWh</source>
        <translation>the share of peak-hour kWh</translation>
    </message>
    <message>
        <source>Indicators to follow every month: {indicators}.</source>
        <translation>Indicators to follow every month: {indicators}.</translation>
    </message>
    <message>
        <source>On the electricity bill, by the money at stake:</source>
        <translation>On the electricity bill, by the money at stake:</translation>
    </message>
    <message>
        <source>Among the energy savings, start with: {measures}.</source>
        <translation>Among the energy savings, start with: {measures}.</translation>
    </message>
    <message>
        <source>These figures come from a one-day quick scan; a detailed audit of the largest end uses, with measurements, would firm them up before the largest investments are decided.</source>
        <translation>These figures come from a one-day quick scan; a detailed audit of the largest end uses, with measurements, would firm them up before the largest investments are decided.</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Lifetime (years)</translation>
    </message>
    <message>
        <source>NPV ({currency})</source>
        <translation>NPV ({currency})</translation>
    </message>
    <message>
        <source>Context, objectives and method</source>
        <translation>Context, objectives and method</translation>
    </message>
    <message>
        <source>This quick scan is part of the programme {programme}, run by {organiser}. Its objectives: to give the company a picture of its energy use and costs from its own invoices, to find where the energy goes, and to propose measures with their savings, cost and payback, in an order of priority.</source>
        <translation>This quick scan is part of the programme {programme}, run by {organiser}. Its objectives: to give the company a picture of its energy use and costs from its own invoices, to find where the energy goes, and to propose measures with their savings, cost and payback, in an order of priority.</translation>
    </message>
    <message>
        <source>Method: {auditor} visited the site on {date}{met}; the invoices of the period were collected and checked, the equipment inventoried (nameplates, readings, operating hours) and set against the invoices, and each measure sized on the inventory and priced with the site's tariff.</source>
        <translation>Method: {auditor} visited the site on {date}{met}; the invoices of the period were collected and checked, the equipment inventoried (nameplates, readings, operating hours) and set against the invoices, and each measure sized on the inventory and priced with the site's tariff.</translation>
    </message>
    <message>
        <source> and met {contact}</source>
        <translation> and met {contact}</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>The site</translation>
    </message>
    <message>
        <source>Names of supplies, equipment and people in charge are given as they were recorded on site, in French; in the tables they are set in italics.</source>
        <translation>Names of supplies, equipment and people in charge are given as they were recorded on site, in French; in the tables they are set in italics.</translation>
    </message>
    <message>
        <source>Names of supplies, equipment and people in charge are given as they were recorded on site, in English; in the tables they are set in italics.</source>
        <translation>Names of supplies, equipment and people in charge are given as they were recorded on site, in English; in the tables they are set in italics.</translation>
    </message>
    <message>
        <source>no bill</source>
        <translation>no bill</translation>
    </message>
    <message>
        <source>Cost excl. VAT ({currency})</source>
        <translation>Cost excl. VAT ({currency})</translation>
    </message>
    <message>
        <source>Price ({currency}/kWh)</source>
        <translation>Price ({currency}/kWh)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>* Month billed only in part.</source>
        <translation>* Month billed only in part.</translation>
    </message>
    <message>
        <source>Monthly final energy by carrier</source>
        <translation>Monthly final energy by carrier</translation>
    </message>
    <message>
        <source>Electricity by time of use</source>
        <translation>Electricity by time of use</translation>
    </message>
    <message>
        <source>Reached and subscribed power</source>
        <translation>Reached and subscribed power</translation>
    </message>
    <message>
        <source>Monthly cos φ against the tariff threshold</source>
        <translation>Monthly cos φ against the tariff threshold</translation>
    </message>
    <message>
        <source>Time-of-use split: peak {peak}, standard {standard}, off-peak {offpeak}.</source>
        <translation>Time-of-use split: peak {peak}, standard {standard}, off-peak {offpeak}.</translation>
    </message>
    <message>
        <source>Subscribed power {subscribed}; highest reached power {highest}, above the subscribed power in {over} months out of {months}.</source>
        <translation>Subscribed power {subscribed}; highest reached power {highest}, above the subscribed power in {over} months out of {months}.</translation>
    </message>
    <message>
        <source>Monthly cos φ between {low} and {high}.</source>
        <translation>Monthly cos φ between {low} and {high}.</translation>
    </message>
    <message>
        <source>Energy balance and end uses</source>
        <translation>Energy balance and end uses</translation>
    </message>
    <message>
        <source>The inventory drawn up during the visit is set against the invoices of the same twelve months; what it does not explain is shown as such, not spread over the end uses.</source>
        <translation>The inventory drawn up during the visit is set against the invoices of the same twelve months; what it does not explain is shown as such, not spread over the end uses.</translation>
    </message>
    <message>
        <source>Billed and estimated consumption</source>
        <translation>Billed and estimated consumption</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Billed (kWh)</source>
        <translation>Billed (kWh)</translation>
    </message>
    <message>
        <source>Estimated (kWh)</source>
        <translation>Estimated (kWh)</translation>
    </message>
    <message>
        <source>Unexplained (kWh)</source>
        <translation>Unexplained (kWh)</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Unexplained by the inventory</source>
        <translation>Unexplained by the inventory</translation>
    </message>
    <message>
        <source>End uses</source>
        <translation>End uses</translation>
    </message>
    <message>
        <source>End use</source>
        <translation>End use</translation>
    </message>
    <message>
        <source>Share of the carrier billed</source>
        <translation>Share of the carrier billed</translation>
    </message>
    <message>
        <source>Final energy by end use</source>
        <translation>Final energy by end use</translation>
    </message>
    <message>
        <source>From the invoices to the end uses</source>
        <translation>From the invoices to the end uses</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Final energy</source>
        <translation>Final energy</translation>
    </message>
    <message>
        <source>Tonnes of oil equivalent</source>
        <translation>Tonnes of oil equivalent</translation>
    </message>
    <message>
        <source>Emissions</source>
        <translation>Emissions</translation>
    </message>
    <message>
        <source>Energy per unit produced</source>
        <translation>Energy per unit produced</translation>
    </message>
    <message>
        <source>Energy per m²</source>
        <translation>Energy per m²</translation>
    </message>
    <message>
        <source>Energy indicators</source>
        <translation>Energy indicators</translation>
    </message>
    <message>
        <source>NPV: the savings over the measure's lifetime, discounted at {rate} a year (real), less the investment; a measure without a lifetime has none. Savings on one end use are chained, each on what the measures before it leave, so they add up.</source>
        <translation>NPV: the savings over the measure's lifetime, discounted at {rate} a year (real), less the investment; a measure without a lifetime has none. Savings on one end use are chained, each on what the measures before it leave, so they add up.</translation>
    </message>
    <message>
        <source>Its yearly saving is worked out from the site's electricity bills rebuilt with the tariff, not from a price per kWh.</source>
        <translation>Its yearly saving is worked out from the site's electricity bills rebuilt with the tariff, not from a price per kWh.</translation>
    </message>
    <message>
        <source>Saves {kwh} and {cost} a year with no investment: the payback is immediate; {co2} avoided.</source>
        <translation>Saves {kwh} and {cost} a year with no investment: the payback is immediate; {co2} avoided.</translation>
    </message>
    <message>
        <source>Saves {kwh} and {cost} a year for an investment of {investment}: simple payback {payback}; {co2} avoided.</source>
        <translation>Saves {kwh} and {cost} a year for an investment of {investment}: simple payback {payback}; {co2} avoided.</translation>
    </message>
    <message>
        <source>End use: {end_use}.</source>
        <translation>End use: {end_use}.</translation>
    </message>
    <message>
        <source>Electricity savings are priced at the tariff's energy prices in the time-of-use split of the site's bills ({peak} peak, {standard} standard, {offpeak} off-peak hours): {price}. The fixed premium, overrun charges, the cos φ surcharge and metering do not fall with a saved kWh and are left out; measures on them are priced by their own formula.</source>
        <translation>Electricity savings are priced at the tariff's energy prices in the time-of-use split of the site's bills ({peak} peak, {standard} standard, {offpeak} off-peak hours): {price}. The fixed premium, overrun charges, the cos φ surcharge and metering do not fall with a saved kWh and are left out; measures on them are priced by their own formula.</translation>
    </message>
    <message>
        <source>Its electricity is priced at {price}, in {basis}: {peak} peak, {standard} standard and {offpeak} off-peak hours.</source>
        <translation>Its electricity is priced at {price}, in {basis}: {peak} peak, {standard} standard and {offpeak} off-peak hours.</translation>
    </message>
    <message>
        <source>{start}, assumed: the site's schedule does not say when the first shift starts</source>
        <translation>{start}, assumed: the site's schedule does not say when the first shift starts</translation>
    </message>
    <message>
        <source>{start}, from the site's schedule</source>
        <translation>{start}, from the site's schedule</translation>
    </message>
    <message>
        <source>A saving on an end use of the inventory is priced in the hours its equipment runs: the hours a day of each item, from the start of the working day ({start}), laid on the tariff's hours. Winter (1 October – 31 March): standard {w_standard}–{w_peak}, peak {w_peak}–{w_end}, off-peak {w_end}–{w_standard}; summer (1 April – 30 September): standard {s_standard}–{s_peak}, peak {s_peak}–{s_end}, off-peak {s_end}–{s_standard}. An item said not to run in peak hours is laid around them. Each measure states its price.</source>
        <translation>A saving on an end use of the inventory is priced in the hours its equipment runs: the hours a day of each item, from the start of the working day ({start}), laid on the tariff's hours. Winter (1 October – 31 March): standard {w_standard}–{w_peak}, peak {w_peak}–{w_end}, off-peak {w_end}–{w_standard}; summer (1 April – 30 September): standard {s_standard}–{s_peak}, peak {s_peak}–{s_end}, off-peak {s_end}–{s_standard}. An item said not to run in peak hours is laid around them. Each measure states its price.</translation>
    </message>
    <message>
        <source>{quantity} of {carrier}</source>
        <translation>{quantity} of {carrier}</translation>
    </message>
    <message>
        <source>t CO2 avoided by a measure = kWh saved per year × CO2 avoided per kWh saved of the carrier (table above) ÷ 1,000; the site's emissions use the average emission factors instead.</source>
        <translation>t CO2 avoided by a measure = kWh saved per year × CO2 avoided per kWh saved of the carrier (table above) ÷ 1,000; the site's emissions use the average emission factors instead.</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Where the figures come from</translation>
    </message>
    <message>
        <source>Assumptions: kWh are final energy on the net heating value basis; costs exclude VAT; fuel savings are priced at the fuel's average cost per kWh over the same twelve months.</source>
        <translation>Assumptions: kWh are final energy on the net heating value basis; costs exclude VAT; fuel savings are priced at the fuel's average cost per kWh over the same twelve months.</translation>
    </message>
    <message>
        <source>Electricity savings are priced at the site's average cost per kWh, the bills giving no time-of-use split to price them by period.</source>
        <translation>Electricity savings are priced at the site's average cost per kWh, the bills giving no time-of-use split to price them by period.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>No measure is proposed yet.</source>
        <translation>No measure is proposed yet.</translation>
    </message>
    <message>
        <source>Measures by payback (years)</source>
        <translation>Measures by payback (years)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Invoices: {supply}</source>
        <translation>Invoices: {supply}</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Quantity ({unit})</source>
        <translation>Quantity ({unit})</translation>
    </message>
    <message>
        <source>Deliveries: {supply}</source>
        <translation>Deliveries: {supply}</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Factors used</source>
        <translation>Factors used</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>below the range</source>
        <translation>below the range</translation>
    </message>
    <message>
        <source>within the range</source>
        <translation>within the range</translation>
    </message>
    <message>
        <source>above the range</source>
        <translation>above the range</translation>
    </message>
    <message>
        <source>below this value</source>
        <translation>below this value</translation>
    </message>
    <message>
        <source>at this value</source>
        <translation>at this value</translation>
    </message>
    <message>
        <source>above this value</source>
        <translation>above this value</translation>
    </message>
    <message>
        <source>The site's specific consumption is set against published ranges for its sector (NACE {nace}): its final energy over the analysis period divided by its production per year, {production}.</source>
        <translation>The site's specific consumption is set against published ranges for its sector (NACE {nace}): its final energy over the analysis period divided by its production per year, {production}.</translation>
    </message>
    <message>
        <source>Specific energy consumption against sector benchmarks</source>
        <translation>Specific energy consumption against sector benchmarks</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Site against the benchmark</source>
        <translation>Site against the benchmark</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A benchmark marked “{status}” comes from the named source without its page having been read: it is an order of magnitude to confirm, not a target.</source>
        <translation>A benchmark marked “{status}” comes from the named source without its page having been read: it is an order of magnitude to confirm, not a target.</translation>
    </message>
    <message>
        <source>A benchmark marked “{status}” was read in a secondary source, or its basis (unit, year, scope) is not fully clear.</source>
        <translation>A benchmark marked “{status}” was read in a secondary source, or its basis (unit, year, scope) is not fully clear.</translation>
    </message>
    <message>
        <source>The figures with fuels count every fuel on the invoices ({fuels}): fuel burnt by vehicles or a generator is in them and is to be taken out before comparing.</source>
        <translation>The figures with fuels count every fuel on the invoices ({fuels}): fuel burnt by vehicles or a generator is in them and is to be taken out before comparing.</translation>
    </message>
    <message>
        <source>The invoices do not cover the whole analysis period for every carrier: the site's figures that count them are too low.</source>
        <translation>The invoices do not cover the whole analysis period for every carrier: the site's figures that count them are too low.</translation>
    </message>
    <message>
        <source>The benchmarks of the site's sector are not compared: its production per year, with its unit, is not stated.</source>
        <translation>The benchmarks of the site's sector are not compared: its production per year, with its unit, is not stated.</translation>
    </message>
    <message>
        <source>Benchmarks per {unit} are not compared: the site's production is counted in “{site_unit}”.</source>
        <translation>Benchmarks per {unit} are not compared: the site's production is counted in “{site_unit}”.</translation>
    </message>
    <message>
        <source>Benchmarks per {unit} are not compared: the site's production unit, “{site_unit}”, does not say which product it counts (“{unit}” would be compared).</source>
        <translation>Benchmarks per {unit} are not compared: the site's production unit, “{site_unit}”, does not say which product it counts (“{unit}” would be compared).</translation>
    </message>
    <message>
        <source>Benchmarks of {kind} are not compared: the site's invoices of the analysis period hold none.</source>
        <translation>Benchmarks of {kind} are not compared: the site's invoices of the analysis period hold none.</translation>
    </message>
    <message>
        <source>Financial aid</source>
        <translation>Financial aid</translation>
    </message>
    <message>
        <source>The programmes below may fund part of the work or of its study. They are listed for information: eligibility, amounts and deadlines are to be confirmed with each programme before any commitment.</source>
        <translation>The programmes below may fund part of the work or of its study. They are listed for information: eligibility, amounts and deadlines are to be confirmed with each programme before any commitment.</translation>
    </message>
    <message>
        <source>Financial aid programmes</source>
        <translation>Financial aid programmes</translation>
    </message>
    <message>
        <source>What it funds</source>
        <translation>What it funds</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The programmes' public pages:</source>
        <translation>The programmes' public pages:</translation>
    </message>
    <message>
        <source>Equipment inventory</source>
        <translation>Equipment inventory</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Rated power (kW)</source>
        <translation>Rated power (kW)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>The template {path} lacks the styles {styles}. Add them in Word (Home ▸ Styles), or start again from a copy of the template shipped with the application.</source>
        <translation>The template {path} lacks the styles {styles}. Add them in Word (Home ▸ Styles), or start again from a copy of the template shipped with the application.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it cannot be read (close it in Word, or check that you may open it)</source>
        <translation>it cannot be read (close it in Word, or check that you may open it)</translation>
    </message>
    <message>
        <source>it is a Word 97–2003 document or is protected by a password; save it from Word as a .docx or .dotx without a password</source>
        <translation>it is a Word 97–2003 document or is protected by a password; save it from Word as a .docx or .dotx without a password</translation>
    </message>
    <message>
        <source>it is not a Word document (.docx)</source>
        <translation>it is not a Word document (.docx)</translation>
    </message>
    <message>
        <source>The template {path} cannot be used: {reason}.</source>
        <translation>The template {path} cannot be used: {reason}.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Electricity cost, charge by charge</source>
        <translation>Electricity cost, charge by charge</translation>
    </message>
    <message>
        <source>Energy, peak hours</source>
        <translation>Energy, peak hours</translation>
    </message>
    <message>
        <source>Energy, standard hours</source>
        <translation>Energy, standard hours</translation>
    </message>
    <message>
        <source>Energy, off-peak hours</source>
        <translation>Energy, off-peak hours</translation>
    </message>
    <message>
        <source>Power charge (fixed premium)</source>
        <translation>Power charge (fixed premium)</translation>
    </message>
    <message>
        <source>Overrun charges</source>
        <translation>Overrun charges</translation>
    </message>
    <message>
        <source>cos φ surcharge</source>
        <translation>cos φ surcharge</translation>
    </message>
    <message>
        <source>Metering</source>
        <translation>Metering</translation>
    </message>
    <message>
        <source>Rebuilt from the tariff, excl. VAT</source>
        <translation>Rebuilt from the tariff, excl. VAT</translation>
    </message>
    <message numerus="yes">
        <source>Invoiced, excl. VAT ({count} bills)</source>
        <translation>
            <numerusform>Invoiced, excl. VAT ({count} bill)</numerusform>
            <numerusform>Invoiced, excl. VAT ({count} bills)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilt − invoiced</source>
        <translation>Rebuilt − invoiced</translation>
    </message>
    <message>
        <source>Charges of the period rebuilt from the tariff: {supply}</source>
        <translation>Charges of the period rebuilt from the tariff: {supply}</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Amount excl. VAT ({currency})</source>
        <translation>Amount excl. VAT ({currency})</translation>
    </message>
    <message>
        <source>Invoices that differ from the tariff by more than {tolerance}: {invoices}. Check them with the distributor (a price, a reading or a charge may differ from the contract).</source>
        <translation>Invoices that differ from the tariff by more than {tolerance}: {invoices}. Check them with the distributor (a price, a reading or a charge may differ from the contract).</translation>
    </message>
    <message>
        <source>Every invoice of the period agrees with the tariff within {tolerance}.</source>
        <translation>Every invoice of the period agrees with the tariff within {tolerance}.</translation>
    </message>
    <message>
        <source>Subscribed power: {current} is close to the cheapest value for the power called over {months} months ({cost} a year in power and overrun charges); no change is advised.</source>
        <translation>Subscribed power: {current} is close to the cheapest value for the power called over {months} months ({cost} a year in power and overrun charges); no change is advised.</translation>
    </message>
    <message>
        <source>Subscribed power: with {current}, the power and overrun charges come to {cost} a year (overruns in {over} of {months} months). We recommend {recommended}: {cost_new} a year, {saving} less (overruns in {over_new} months).</source>
        <translation>Subscribed power: with {current}, the power and overrun charges come to {cost} a year (overruns in {over} of {months} months). We recommend {recommended}: {cost_new} a year, {saving} less (overruns in {over_new} months).</translation>
    </message>
    <message>
        <source>Reactive energy: no bill of the period carries a cos φ surcharge.</source>
        <translation>Reactive energy: no bill of the period carries a cos φ surcharge.</translation>
    </message>
    <message>
        <source>Reactive energy: the cos φ surcharge costs {penalty} a year ({penalised} of {months} months). A capacitor bank of {kvar} bringing every month to cos φ {target} would cost about {investment} and remove {saving} a year of it: payback {payback}.</source>
        <translation>Reactive energy: the cos φ surcharge costs {penalty} a year ({penalised} of {months} months). A capacitor bank of {kvar} bringing every month to cos φ {target} would cost about {investment} and remove {saving} a year of it: payback {payback}.</translation>
    </message>
    <message>
        <source>Peak hours: {share} of the kWh are used in peak hours. Moving {moved} of them ({kwh} a year) to off-peak hours would save {saving} a year.</source>
        <translation>Peak hours: {share} of the kWh are used in peak hours. Moving {moved} of them ({kwh} a year) to off-peak hours would save {saving} a year.</translation>
    </message>
    <message>
        <source>Load and peak check</source>
        <translation>Load and peak check</translation>
    </message>
    <message>
        <source>The equipment running in peak hours would call {peak} at once, more than the {available} the meter allows ({reached} at cos φ {cos_phi}): the inventory overstates the hours, the load factors or the equipment running together, to be checked.</source>
        <translation>The equipment running in peak hours would call {peak} at once, more than the {available} the meter allows ({reached} at cos φ {cos_phi}): the inventory overstates the hours, the load factors or the equipment running together, to be checked.</translation>
    </message>
    <message>
        <source>The equipment running in peak hours would call {peak} at once, within the {available} the meter allows ({reached} at cos φ {cos_phi}): the inventory is consistent with the power called.</source>
        <translation>The equipment running in peak hours would call {peak} at once, within the {available} the meter allows ({reached} at cos φ {cos_phi}): the inventory is consistent with the power called.</translation>
    </message>
    <message>
        <source>{counted} of {sites} sites</source>
        <translation>{counted} of {sites} sites</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>The photo {file} cannot be read.</source>
        <translation>The photo {file} cannot be read.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Cluster median: {value}</source>
        <translation>Cluster median: {value}</translation>
    </message>
    <message>
        <source>Final energy (kWh)</source>
        <translation>Final energy (kWh)</translation>
    </message>
    <message>
        <source>Final energy per unit produced (kWh/{unit})</source>
        <translation>Final energy per unit produced (kWh/{unit})</translation>
    </message>
    <message>
        <source>Average cost per kWh ({currency}/kWh)</source>
        <translation>Average cost per kWh ({currency}/kWh)</translation>
    </message>
    <message>
        <source>Average cost per kWh</source>
        <translation>Average cost per kWh</translation>
    </message>
    <message>
        <source>Savings identified (share of final energy)</source>
        <translation>Savings identified (share of final energy)</translation>
    </message>
    <message>
        <source>Money saved a year ({currency})</source>
        <translation>Money saved a year ({currency})</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Double-click to open the page that edits it.</source>
        <translation>Double-click to open the page that edits it.</translation>
    </message>
    <message>
        <source>One file per language: {files}</source>
        <translation>One file per language: {files}</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Report template</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Save a copy of the template</source>
        <translation>Save a copy of the template</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Written: {files}</source>
        <translation>Written: {files}</translation>
    </message>
    <message>
        <source>These texts exist only in the other language. Fill them in (double-click), or export anyway: each gap is marked in the report.</source>
        <translation>These texts exist only in the other language. Fill them in (double-click), or export anyway: each gap is marked in the report.</translation>
    </message>
    <message>
        <source>Every text the report prints exists in its language.</source>
        <translation>Every text the report prints exists in its language.</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Export a report</translation>
    </message>
    <message>
        <source>Site report</source>
        <translation>Site report</translation>
    </message>
    <message>
        <source>Cluster synthesis</source>
        <translation>Cluster synthesis</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>the shipped template (A4, Word styles)</source>
        <translation>the shipped template (A4, Word styles)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Copy the template to restyle…</source>
        <translation>Copy the template to restyle…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export anyway, with the gaps marked</source>
        <translation>Export anyway, with the gaps marked</translation>
    </message>
    <message>
        <source>A page for each site</source>
        <translation>A page for each site</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>A PDF, and page numbers in the contents, need LibreOffice (free, libreoffice.org) or Microsoft Word: neither was found.</source>
        <translation>A PDF, and page numbers in the contents, need LibreOffice (free, libreoffice.org) or Microsoft Word: neither was found.</translation>
    </message>
    <message>
        <source>Printed by {program}.</source>
        <translation>Printed by {program}.</translation>
    </message>
    <message>
        <source>Page numbers in the contents counted by {program}.</source>
        <translation>Page numbers in the contents counted by {program}.</translation>
    </message>
    <message>
        <source>Type the name of the file to write.</source>
        <translation>Type the name of the file to write.</translation>
    </message>
    <message>
        <source>“{path}” is not a file name: type the name of the file to write.</source>
        <translation>“{path}” is not a file name: type the name of the file to write.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to.</source>
        <translation>The folder {folder} cannot be written to.</translation>
    </message>
    <message>
        <source>{path} is a folder: type the name of the file to write.</source>
        <translation>{path} is a folder: type the name of the file to write.</translation>
    </message>
    <message>
        <source>{path} cannot be written: permission refused.</source>
        <translation>{path} cannot be written: permission refused.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full.</source>
        <translation>{path} cannot be written: the disk is full.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({code}).</source>
        <translation>{path} cannot be written ({code}).</translation>
    </message>
</context>
<context>
    <name>SitePhotos</name>
    <message>
        <source>{type}, {size} MB</source>
        <translation>{type}, {size} MB</translation>
    </message>
    <message>
        <source>This image cannot be read.</source>
        <translation>This image cannot be read.</translation>
    </message>
    <message>
        <source>In the report: {chosen} of {total}</source>
        <translation>In the report: {chosen} of {total}</translation>
    </message>
    <message>
        <source>Add photos of the site</source>
        <translation>Add photos of the site</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>◀ Move left</source>
        <translation>◀ Move left</translation>
    </message>
    <message>
        <source>Move right ▶</source>
        <translation>Move right ▶</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>Caption of the selected photo</translation>
    </message>
    <message>
        <source>In the report</source>
        <translation>In the report</translation>
    </message>
    <message>
        <source>Tick the photos that go to the report's annex. Drop JPEG or PNG files here to add them.</source>
        <translation>Tick the photos that go to the report's annex. Drop JPEG or PNG files here to add them.</translation>
    </message>
</context>
<context>
    <name>Solar</name>
    <message>
        <source>{file} cannot be read as a typical-year weather file (EnergyPlus EPW): {reason}. Choose an EPW file of 8,760 hours, e.g. from climate.onebuilding.org.</source>
        <translation>{file} cannot be read as a typical-year weather file (EnergyPlus EPW): {reason}. Choose an EPW file of 8,760 hours, e.g. from climate.onebuilding.org.</translation>
    </message>
    <message>
        <source>The weather file {file} is not shipped with this version: load it again.</source>
        <translation>The weather file {file} is not shipped with this version: load it again.</translation>
    </message>
    <message>
        <source>The peak power</source>
        <translation>The peak power</translation>
    </message>
    <message>
        <source>The tilt</source>
        <translation>The tilt</translation>
    </message>
    <message>
        <source>The azimuth</source>
        <translation>The azimuth</translation>
    </message>
    <message>
        <source>The losses</source>
        <translation>The losses</translation>
    </message>
    <message>
        <source>{name} must lie between {low} and {high}, not {value}.</source>
        <translation>{name} must lie between {low} and {high}, not {value}.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Rows copied: {count}.</source>
        <translation>Rows copied: {count}.</translation>
    </message>
</context>
<context>
    <name>Tariff</name>
    <message>
        <source>No tariff model for this supply (tariff option “{option}”).</source>
        <translation>No tariff model for this supply (tariff option “{option}”).</translation>
    </message>
    <message>
        <source>No bill of the period gives a reached power in kVA: the subscribed power is not studied.</source>
        <translation>No bill of the period gives a reached power in kVA: the subscribed power is not studied.</translation>
    </message>
    <message>
        <source>{supply} is not an electricity supply: it has no grid tariff.</source>
        <translation>{supply} is not an electricity supply: it has no grid tariff.</translation>
    </message>
    <message>
        <source>No bills yet: nothing to rebuild.</source>
        <translation>No bills yet: nothing to rebuild.</translation>
    </message>
    <message numerus="yes">
        <source>{count} of the 12 months have no bill that can be rebuilt ({months}): the annual sums cover {covered} months only.</source>
        <translation>
            <numerusform>{count} of the 12 months has no bill that can be rebuilt ({months}): the annual sums cover {covered} months only.</numerusform>
            <numerusform>{count} of the 12 months have no bill that can be rebuilt ({months}): the annual sums cover {covered} months only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} bills repeat a period already billed: each period is summed once.</source>
        <translation>
            <numerusform>{count} bill repeats a period already billed: each period is summed once.</numerusform>
            <numerusform>{count} bills repeat a period already billed: each period is summed once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Costs from the reached power of {count} months ({first} – {last}), as if the subscribed power had been in force all year.</source>
        <translation>
            <numerusform>Costs from the reached power of {count} month ({first} – {last}), as if the subscribed power had been in force all year.</numerusform>
            <numerusform>Costs from the reached power of {count} months ({first} – {last}), as if the subscribed power had been in force all year.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than 12 months: scaled to a year.</source>
        <translation>Fewer than 12 months: scaled to a year.</translation>
    </message>
    <message>
        <source>Searched in steps of {step} kVA; between equal costs the higher value is kept.</source>
        <translation>Searched in steps of {step} kVA; between equal costs the higher value is kept.</translation>
    </message>
    <message numerus="yes">
        <source>At {kva} kVA, {count} of the {months} months go over it and pay overruns.</source>
        <translation>
            <numerusform>At {kva} kVA, {count} of the {months} months goes over it and pays overruns.</numerusform>
            <numerusform>At {kva} kVA, {count} of the {months} months go over it and pay overruns.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cheapest subscribed power would save {saving} a year, less than {share}% of these charges: not worth a change of contract, the current subscribed power is kept.</source>
        <translation>The cheapest subscribed power would save {saving} a year, less than {share}% of these charges: not worth a change of contract, the current subscribed power is kept.</translation>
    </message>
    <message>
        <source>For six months after a change the power charge is billed on the higher of the subscribed and reached power, without overrun charges: the first year saves at least as much.</source>
        <translation>For six months after a change the power charge is billed on the higher of the subscribed and reached power, without overrun charges: the first year saves at least as much.</translation>
    </message>
    <message>
        <source>How often the subscribed power may be changed, and any minimum the distributor sets, are to be checked in the contract.</source>
        <translation>How often the subscribed power may be changed, and any minimum the distributor sets, are to be checked in the contract.</translation>
    </message>
    <message>
        <source>Q = P × (tan φ1 − tan φ2), P being the month's kWh over every hour of its period (a bank in service all month); {month} needs the most, {exact} kvar, rounded up to {step} kvar.</source>
        <translation>Q = P × (tan φ1 − tan φ2), P being the month's kWh over every hour of its period (a bank in service all month); {month} needs the most, {exact} kvar, rounded up to {step} kvar.</translation>
    </message>
    <message>
        <source>A bank switched with production, or sized on the peak load, needs more: size its steps from a load curve.</source>
        <translation>A bank switched with production, or sized on the peak load, needs more: size its steps from a load curve.</translation>
    </message>
    <message>
        <source>Installed cost of {price} {unit} to confirm with a supplier's quote.</source>
        <translation>Installed cost of {price} {unit} to confirm with a supplier's quote.</translation>
    </message>
    <message>
        <source>ONEE / Lydec MT general tariff</source>
        <translation>ONEE / Lydec MT general tariff</translation>
    </message>
    <message>
        <source>peak / standard / off-peak split</source>
        <translation>peak / standard / off-peak split</translation>
    </message>
    <message>
        <source>reached power in kVA</source>
        <translation>reached power in kVA</translation>
    </message>
    <message>
        <source>subscribed power of the supply</source>
        <translation>subscribed power of the supply</translation>
    </message>
    <message>
        <source>reactive energy (kvarh)</source>
        <translation>reactive energy (kvarh)</translation>
    </message>
    <message>
        <source>a period of one month</source>
        <translation>a period of one month</translation>
    </message>
    <message>
        <source>invoiced amount excl. VAT</source>
        <translation>invoiced amount excl. VAT</translation>
    </message>
</context>
<context>
    <name>TariffLever</name>
    <message>
        <source>cos φ surcharge (capacitor bank)</source>
        <translation>cos φ surcharge (capacitor bank)</translation>
    </message>
    <message>
        <source>Subscribed power</source>
        <translation>Subscribed power</translation>
    </message>
    <message>
        <source>Peak-hour kWh moved to off-peak hours</source>
        <translation>Peak-hour kWh moved to off-peak hours</translation>
    </message>
</context>
<context>
    <name>TariffPage</name>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Power charge</source>
        <translation>Power charge</translation>
    </message>
    <message>
        <source>Overrun charge</source>
        <translation>Overrun charge</translation>
    </message>
    <message>
        <source>cos φ surcharge</source>
        <translation>cos φ surcharge</translation>
    </message>
    <message>
        <source>Metering</source>
        <translation>Metering</translation>
    </message>
    <message>
        <source>Missing: {missing}</source>
        <translation>Missing: {missing}</translation>
    </message>
    <message>
        <source>The invoice differs from the tariff by more than the tolerance.</source>
        <translation>The invoice differs from the tariff by more than the tolerance.</translation>
    </message>
    <message>
        <source>Repeats a period already counted: not summed.</source>
        <translation>Repeats a period already counted: not summed.</translation>
    </message>
    <message>
        <source>Outside the 12 months of the analysis: not summed.</source>
        <translation>Outside the 12 months of the analysis: not summed.</translation>
    </message>
    <message>
        <source>There is no tariff model for this supply: its bills are not rebuilt.</source>
        <translation>There is no tariff model for this supply: its bills are not rebuilt.</translation>
    </message>
    <message>
        <source>Bills of {first} – {last}, in {currency} excl. VAT</source>
        <translation>Bills of {first} – {last}, in {currency} excl. VAT</translation>
    </message>
    <message>
        <source>Rebuilt from the tariff</source>
        <translation>Rebuilt from the tariff</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Power and overrun charges</source>
        <translation>Power and overrun charges</translation>
    </message>
    <message>
        <source>Subscribed power: {current} now, {recommended} recommended — power and overrun charges {cost_now} → {cost_new} a year, a saving of {saving}.</source>
        <translation>Subscribed power: {current} now, {recommended} recommended — power and overrun charges {cost_now} → {cost_new} a year, a saving of {saving}.</translation>
    </message>
    <message>
        <source>Subscribed power: no reached power in kVA to study.</source>
        <translation>Subscribed power: no reached power in kVA to study.</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Capacitor bank: {kvar} for cos φ {target}, about {investment}; it avoids {saving} of cos φ surcharge a year — payback {payback}.</source>
        <translation>Capacitor bank: {kvar} for cos φ {target}, about {investment}; it avoids {saving} of cos φ surcharge a year — payback {payback}.</translation>
    </message>
    <message>
        <source>Capacitor bank: {kvar} would bring cos φ to {target} (about {investment}), but the bills carry no cos φ surcharge: it does not pay back through the tariff.</source>
        <translation>Capacitor bank: {kvar} would bring cos φ to {target} (about {investment}), but the bills carry no cos φ surcharge: it does not pay back through the tariff.</translation>
    </message>
    <message>
        <source>Capacitor bank: no reactive energy on the bills to size it from.</source>
        <translation>Capacitor bank: no reactive energy on the bills to size it from.</translation>
    </message>
    <message>
        <source>Peak hours: {share} of the kWh; moving {shift} of them ({kwh} a year) to off-peak hours would save {saving} a year.</source>
        <translation>Peak hours: {share} of the kWh; moving {shift} of them ({kwh} a year) to off-peak hours would save {saving} a year.</translation>
    </message>
    <message>
        <source>Annual power cost by subscribed power</source>
        <translation>Annual power cost by subscribed power</translation>
    </message>
    <message>
        <source>Power + overrun charges</source>
        <translation>Power + overrun charges</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Charges per month, rebuilt</source>
        <translation>Charges per month, rebuilt</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Energy, peak</source>
        <translation>Energy, peak</translation>
    </message>
    <message>
        <source>Energy, standard</source>
        <translation>Energy, standard</translation>
    </message>
    <message>
        <source>Energy, off-peak</source>
        <translation>Energy, off-peak</translation>
    </message>
    <message>
        <source>cos φ</source>
        <translation>cos φ</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>Rebuilt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>What the tariff lets the site change</source>
        <translation>What the tariff lets the site change</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>No conversion from {unit} to kWh for {carrier}.</source>
        <translation>No conversion from {unit} to kWh for {carrier}.</translation>
    </message>
    <message>
        <source>Unknown unit “{unit}”.</source>
        <translation>Unknown unit “{unit}”.</translation>
    </message>
    <message>
        <source>toe</source>
        <translation>toe</translation>
    </message>
    <message>
        <source>h/year</source>
        <translation>h/year</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{shifts} shifts of {value} h make more than 24 hours a day.</source>
        <translation>{shifts} shifts of {value} h make more than 24 hours a day.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a three-letter currency code.</source>
        <translation>{field}: “{value}” is not a three-letter currency code.</translation>
    </message>
    <message>
        <source>{field}: a period ends with a whole month, not on {value}.</source>
        <translation>{field}: a period ends with a whole month, not on {value}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a NACE code such as 23.51.</source>
        <translation>{field}: “{value}” is not a NACE code such as 23.51.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a two-letter country code.</source>
        <translation>{field}: “{value}” is not a two-letter country code.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a unit for {carrier}.</source>
        <translation>{field}: {value} is not a unit for {carrier}.</translation>
    </message>
    <message>
        <source>{field} must be greater than zero.</source>
        <translation>{field} must be greater than zero.</translation>
    </message>
    <message>
        <source>The period ends on {value}, before it starts on {start}.</source>
        <translation>The period ends on {value}, before it starts on {start}.</translation>
    </message>
    <message>
        <source>The period lasts {days} days; a bill covers at most {maximum} days.</source>
        <translation>The period lasts {days} days; a bill covers at most {maximum} days.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>“{file}” is not a photo in JPEG or PNG format.</source>
        <translation>“{file}” is not a photo in JPEG or PNG format.</translation>
    </message>
    <message>
        <source>“{file}” takes {size} MB; a photo may take at most {maximum} MB.</source>
        <translation>“{file}” takes {size} MB; a photo may take at most {maximum} MB.</translation>
    </message>
    <message>
        <source>{field} {value} differs from the sum of the time-of-use periods ({parts}).</source>
        <translation>{field} {value} differs from the sum of the time-of-use periods ({parts}).</translation>
    </message>
    <message>
        <source>{field} {value} is not the cost excluding VAT plus the VAT ({expected}).</source>
        <translation>{field} {value} is not the cost excluding VAT plus the VAT ({expected}).</translation>
    </message>
    <message>
        <source>Loaded and unloaded hours add up to more than a year ({hours} h).</source>
        <translation>Loaded and unloaded hours add up to more than a year ({hours} h).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: “{value}” is not a number.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a whole number.</source>
        <translation>{field}: {value} is not a whole number.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a plausible value.</source>
        <translation>{field}: {value} is not a plausible value.</translation>
    </message>
    <message>
        <source>{field} must not be negative (got {value}).</source>
        <translation>{field} must not be negative (got {value}).</translation>
    </message>
    <message>
        <source>{field} must be at least {minimum} (got {value}).</source>
        <translation>{field} must be at least {minimum} (got {value}).</translation>
    </message>
    <message>
        <source>{field} must be at most {maximum} (got {value}).</source>
        <translation>{field} must be at most {maximum} (got {value}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date.</source>
        <translation>{field}: “{value}” is not a date.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a plausible date.</source>
        <translation>{field}: {value} is not a plausible date.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the choices.</source>
        <translation>{field}: “{value}” is not one of the choices.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a text.</source>
        <translation>{field}: “{value}” is not a text.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not yes or no.</source>
        <translation>{field}: “{value}” is not yes or no.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not valid.</source>
        <translation>{field}: “{value}” is not valid.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is ambiguous: it could mean “{first}” or “{second}”; type the one you mean.</source>
        <translation>{field}: “{value}” is ambiguous: it could mean “{first}” or “{second}”; type the one you mean.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is ambiguous: the decimal mark is “{point}” and “{mark}” only separates thousands; type “{suggestion}”.</source>
        <translation>{field}: “{value}” is ambiguous: the decimal mark is “{point}” and “{mark}” only separates thousands; type “{suggestion}”.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number: thousands go in groups of three digits, as in “{example}”.</source>
        <translation>{field}: “{value}” is not a number: thousands go in groups of three digits, as in “{example}”.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an hour of the day: type it as “6:30”, “6 h 30” or “6”.</source>
        <translation>{field}: “{value}” is not an hour of the day: type it as “6:30”, “6 h 30” or “6”.</translation>
    </message>
</context>
<context>
    <name>VoltageLevel</name>
    <message>
        <source>Low voltage (LV)</source>
        <translation>Low voltage (LV)</translation>
    </message>
    <message>
        <source>Medium voltage (MV)</source>
        <translation>Medium voltage (MV)</translation>
    </message>
    <message>
        <source>High voltage (HV)</source>
        <translation>High voltage (HV)</translation>
    </message>
    <message>
        <source>Extra-high voltage (EHV)</source>
        <translation>Extra-high voltage (EHV)</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>{supply}: no bills yet.</source>
        <translation>{supply}: no bills yet.</translation>
    </message>
    <message>
        <source>{supply}: some bills are not in {currency}; costs are summed as they are.</source>
        <translation>{supply}: some bills are not in {currency}; costs are summed as they are.</translation>
    </message>
    <message>
        <source>{carrier}: {covered} of the {months} months from {first} to {last} are billed in full; its totals cover those months only, and its balance is annualised from them.</source>
        <translation>{carrier}: {covered} of the {months} months from {first} to {last} are billed in full; its totals cover those months only, and its balance is annualised from them.</translation>
    </message>
    <message numerus="yes">
        <source>{supply}: {count} bills have no cost (cost unknown); they are left out of the cost totals and of the average price: {bills}.</source>
        <translation>
            <numerusform>{supply}: {count} bill has no cost (cost unknown); it is left out of the cost totals and of the average price: {bills}.</numerusform>
            <numerusform>{supply}: {count} bills have no cost (cost unknown); they are left out of the cost totals and of the average price: {bills}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{number} ({first} – {last})</source>
        <translation>{number} ({first} – {last})</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{supply}: no bill covers {first} to {last} ({days} days), after {before}.</source>
        <translation>{supply}: no bill covers {first} to {last} ({days} days), after {before}.</translation>
    </message>
    <message>
        <source>{supply}: {after} overlaps {before} by {days} days; both are counted in full.</source>
        <translation>{supply}: {after} overlaps {before} by {days} days; both are counted in full.</translation>
    </message>
    <message>
        <source>{supply}: {bill} repeats {original} (same period and same number or figures); it is left out of every total. If they are two real bills, tick “Not a duplicate” on it.</source>
        <translation>{supply}: {bill} repeats {original} (same period and same number or figures); it is left out of every total. If they are two real bills, tick “Not a duplicate” on it.</translation>
    </message>
    <message>
        <source>{supply}: invoice {number} is entered {count} times with different figures.</source>
        <translation>{supply}: invoice {number} is entered {count} times with different figures.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and {count} more</source>
        <translation>
            <numerusform>{names} and {count} more</numerusform>
            <numerusform>{names} and {count} more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} bills</source>
        <translation>
            <numerusform>{count} bill</numerusform>
            <numerusform>{count} bills</numerusform>
        </translation>
    </message>
    <message>
        <source>{supply}: the time-of-use periods do not add up to the total; the total is counted ({count}): {bills}.</source>
        <translation>{supply}: the time-of-use periods do not add up to the total; the total is counted ({count}): {bills}.</translation>
    </message>
    <message>
        <source>{supply}: the amount excluding VAT plus the VAT is not the amount including VAT; the amount excluding VAT is counted ({count}): {bills}.</source>
        <translation>{supply}: the amount excluding VAT plus the VAT is not the amount including VAT; the amount excluding VAT is counted ({count}): {bills}.</translation>
    </message>
    <message>
        <source>{supply}: bills covering an unusual number of days, usually {median} ({count}): {bills}.</source>
        <translation>{supply}: bills covering an unusual number of days, usually {median} ({count}): {bills}.</translation>
    </message>
    <message>
        <source>{supply}: bills ending in the future ({count}): {bills}.</source>
        <translation>{supply}: bills ending in the future ({count}): {bills}.</translation>
    </message>
    <message>
        <source>{supply}: the same quantity as the bill before, a sign of estimated bills ({count}): {bills}.</source>
        <translation>{supply}: the same quantity as the bill before, a sign of estimated bills ({count}): {bills}.</translation>
    </message>
    <message>
        <source>{supply}: use per day far from the usual, more than {limit} median absolute deviations from the median ({count}): {bills}.</source>
        <translation>{supply}: use per day far from the usual, more than {limit} median absolute deviations from the median ({count}): {bills}.</translation>
    </message>
    <message>
        <source>{supply}: the reached power exceeds the subscribed {subscribed} kVA, up to {highest} kVA ({count}): {bills}.</source>
        <translation>{supply}: the reached power exceeds the subscribed {subscribed} kVA, up to {highest} kVA ({count}): {bills}.</translation>
    </message>
    <message>
        <source>{supply}: cos φ below {threshold}, down to {lowest} ({count}): {bills}.</source>
        <translation>{supply}: cos φ below {threshold}, down to {lowest} ({count}): {bills}.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancelled: nothing was stored.</source>
        <translation>Cancelled: nothing was stored.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>The file {path} already exists; choose another name.</source>
        <translation>The file {path} already exists; choose another name.</translation>
    </message>
    <message>
        <source>{path} is not an Energy Audit Workbench workspace. It was left as it is.</source>
        <translation>{path} is not an Energy Audit Workbench workspace. It was left as it is.</translation>
    </message>
    <message>
        <source>The latest backup copy beside it is {backup}; open that copy instead.</source>
        <translation>The latest backup copy beside it is {backup}; open that copy instead.</translation>
    </message>
    <message>
        <source>No backup copy was found beside it; open a copy you saved or sent, if there is one.</source>
        <translation>No backup copy was found beside it; open a copy you saved or sent, if there is one.</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged ({detail}). It was not changed. {advice}</source>
        <translation>The workspace {path} is damaged ({detail}). It was not changed. {advice}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Energy Audit Workbench (file format {version}; this version reads up to format {supported}). Update the application to open it. The file was not changed.</source>
        <translation>{path} was written by a newer version of Energy Audit Workbench (file format {version}; this version reads up to format {supported}). Update the application to open it. The file was not changed.</translation>
    </message>
    <message>
        <source>{path} is open in another window or program. Close it there first, or open a copy of the file.</source>
        <translation>{path} is open in another window or program. Close it there first, or open a copy of the file.</translation>
    </message>
    <message>
        <source>No {kind} with the id {ident} in this workspace.</source>
        <translation>No {kind} with the id {ident} in this workspace.</translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation>The workspace is closed.</translation>
    </message>
    <message>
        <source>The change could not be saved in {path} ({detail}). Nothing of it was stored: the file holds what it held before. Free some disk space or save a copy elsewhere.</source>
        <translation>The change could not be saved in {path} ({detail}). Nothing of it was stored: the file holds what it held before. Free some disk space or save a copy elsewhere.</translation>
    </message>
    <message>
        <source>{path} could not be written ({detail}). Choose another folder or free some space.</source>
        <translation>{path} could not be written ({detail}). Choose another folder or free some space.</translation>
    </message>
    <message>
        <source>{path} is open read-only (the file or its medium cannot be written), so it cannot be changed. Save a copy in a folder you can write to and open the copy to edit it.</source>
        <translation>{path} is open read-only (the file or its medium cannot be written), so it cannot be changed. Save a copy in a folder you can write to and open the copy to edit it.</translation>
    </message>
    <message>
        <source>{path} is on a medium that cannot be written, and its last changes are still in {wal}, which only a writable folder lets the application merge. Copy both files together to a folder you can write to and open the copy there. Nothing was changed.</source>
        <translation>{path} is on a medium that cannot be written, and its last changes are still in {wal}, which only a writable folder lets the application merge. Copy both files together to a folder you can write to and open the copy there. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is in an older file format ({version}) and cannot be updated where it is, because the file or its medium is read-only. Copy it to a folder you can write to and open the copy there. Nothing was changed.</source>
        <translation>{path} is in an older file format ({version}) and cannot be updated where it is, because the file or its medium is read-only. Copy it to a folder you can write to and open the copy there. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} (file format {version}) could not be updated to this version's format ({detail}). The file was not changed and no copy of it was left behind. Free some disk space if the disk is full and try again, or send the file to the programme's coordinator.</source>
        <translation>{path} (file format {version}) could not be updated to this version's format ({detail}). The file was not changed and no copy of it was left behind. Free some disk space if the disk is full and try again, or send the file to the programme's coordinator.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}). Check that you may read the file, or copy it to your own folder first. It was not changed.</source>
        <translation>{path} cannot be read ({detail}). Check that you may read the file, or copy it to your own folder first. It was not changed.</translation>
    </message>
    <message>
        <source>The changes are safe in {wal}, but they could not be written into {path} itself ({detail}). Until they are, the file {name} alone is not complete: do not copy or send it without {wal}. Free some disk space; the application merges them the next time it opens the workspace.</source>
        <translation>The changes are safe in {wal}, but they could not be written into {path} itself ({detail}). Until they are, the file {name} alone is not complete: do not copy or send it without {wal}. Free some disk space; the application merges them the next time it opens the workspace.</translation>
    </message>
</context>
</TS>